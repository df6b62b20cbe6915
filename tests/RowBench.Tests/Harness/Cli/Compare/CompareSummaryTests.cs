using RowBench.Tests.TestDoubles;
using static RowBench.Tests.TestDoubles.FakeResults;

namespace RowBench.Tests.Harness.Cli.Compare;

/// <summary>compare --summary: the short markdown for a CI job's summary, appended to the file it names.</summary>
public class CompareSummaryTests
{
    private const string StrategyClass = "StrategyBenchmarks";

    [Fact]
    public void Compare_SummaryWithARegression_ListsOnlyItAndSaysTheGateFails()
    {
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base"), after = Path.Combine(directory.Path, "new"), summary = Path.Combine(directory.Path, "summary.md");
        File.WriteAllText(summary, "earlier step\n");
        Write(before, StrategyClass,
            new Benchmark(StrategyClass, "Plinq", "Transform=fast&ChunkSize=100", Samples(9, 1e6, 0.01, seed: 1)),
            new Benchmark(StrategyClass, "Sequential", "Transform=fast&ChunkSize=100", Samples(9, 1e6, 0.01, seed: 2)));
        Write(after, StrategyClass,
            new Benchmark(StrategyClass, "Plinq", "Transform=fast&ChunkSize=100", Samples(9, 1.4e6, 0.01, seed: 3)),
            new Benchmark(StrategyClass, "Sequential", "Transform=fast&ChunkSize=100", Samples(9, 1e6, 0.01, seed: 4)));

        HarnessRun run = HarnessRun.Of("compare", before, after, "--summary", summary);

        Assert.Equal(1, run.ExitCode);
        string text = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n### compare: **fails the gate**: 1 benchmark slower", text, StringComparison.Ordinal);
        Assert.Contains("| StrategyBenchmarks.Plinq(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("StrategyBenchmarks.Sequential(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SummaryWithNothingToReport_IsUnderTwoKilobytes()
    {
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base"), after = Path.Combine(directory.Path, "new"), summary = Path.Combine(directory.Path, "summary.md");
        Benchmark[] Many(int seed) => [.. Enumerable.Range(0, 40).Select(index => new Benchmark(StrategyClass, "Plinq", $"Transform=fast&ChunkSize={index + 1}", Samples(9, 1e6, 0.01, seed + index)))];
        Write(before, StrategyClass, Many(100));
        Write(after, StrategyClass, Many(200));

        HarnessRun run = HarnessRun.Of("compare", before, after, "--summary", summary);

        Assert.Equal(0, run.ExitCode);
        string text = File.ReadAllText(summary);
        Assert.StartsWith("### compare: no significant change", text, StringComparison.Ordinal);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(text), 100, 2048);
    }

    [Fact]
    public void Compare_SummaryAFolder_ExitsTwoBeforeAnyWork()
    {
        using var directory = new TempDirectory();

        HarnessRun run = HarnessRun.Of("compare", Path.Combine(directory.Path, "nothing"), Path.Combine(directory.Path, "none"), "--summary", directory.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--summary", run.SingleErrorLine(), StringComparison.Ordinal);
    }
}
