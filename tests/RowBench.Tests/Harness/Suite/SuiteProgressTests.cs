using BenchmarkDotNet.Running;
using RowBench.Harness.Suite;

namespace RowBench.Tests.Harness.Suite;

public class SuiteProgressTests
{
    private static readonly BenchmarkCase[] Cases = BenchmarkConverter.TypeToBenchmarks(typeof(SleepingBenchmarks)).BenchmarksCases;

    [Fact]
    public void OnEndRunBenchmark_NotATerminal_WritesAPlainLinePerCaseWithNoControlCharacters()
    {
        var output = new StringWriter();
        using (var progress = new SuiteProgress(output))
        {
            foreach (BenchmarkCase benchmarkCase in Cases)
            {
                progress.OnStartRunBenchmark(benchmarkCase);
                progress.OnEndRunBenchmark(benchmarkCase, null!);
            }
        }

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("run: case 1 of 1 in ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("run: case 2 of 2 in ", lines[1], StringComparison.Ordinal);
        // The second line has an estimate: learnt from the first case.
        Assert.Contains("left (ends ~", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void OnEndRunBenchmark_OnATerminal_RedrawsOneLiveLineAndEndsItOnDispose()
    {
        var output = new StringWriter();
        var progress = new SuiteProgress(output, live: true);
        foreach (BenchmarkCase benchmarkCase in Cases)
        {
            progress.OnStartRunBenchmark(benchmarkCase);
            progress.OnEndRunBenchmark(benchmarkCase, null!);
        }

        Assert.DoesNotContain('\n', output.ToString());
        Assert.True(output.ToString().Count(character => character == '\r') >= 2);
        progress.Dispose();
        Assert.EndsWith("\n", output.ToString(), StringComparison.Ordinal);
    }
}
