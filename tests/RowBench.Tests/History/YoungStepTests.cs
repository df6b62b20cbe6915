using RowBench.History;
using Xunit.Abstractions;

namespace RowBench.Tests.History;

/// <summary>
/// A step while it is young: ~40 benchmarks at 2% noise a run, one of them 10% slower from the eleventh run on, as in
/// the issue's trial on copies of a real quick run. Found within five runs after it, at the commit that made it.
/// </summary>
public class YoungStepTests(ITestOutputHelper output)
{
    private const int Benchmarks = 40;
    private const int RunsBefore = 10;
    private static readonly string[] Keys = [.. Enumerable.Range(0, Benchmarks).Select(index => $"Bench.Case{index:00}")];

    [Fact]
    public void Analyse_TenPercentStepInOneOfFortyBenchmarks_FoundWithinFiveRunsAtItsCommit()
    {
        int found = 0, placed = 0;
        var firstFound = new List<string>();
        foreach (int seed in Enumerable.Range(1, 10))
        {
            int? foundAfter = null;
            for (int after = 2; after <= 5 && foundAfter is null; after++)
            {
                HistoryStep? step = Steps(seed, after, stepKey: Keys[seed % Benchmarks]).SingleOrDefault(step => step.Key == Keys[seed % Benchmarks] && step.IsSlower);
                if (step is not null)
                {
                    foundAfter = after;
                    placed += step.RunIndex == RunsBefore ? 1 : 0;
                }
            }

            found += foundAfter is null ? 0 : 1;
            firstFound.Add($"seed {seed}: {(foundAfter is { } runs ? $"{runs} runs after" : "not found")}");
        }

        output.WriteLine(string.Join("; ", firstFound));
        Assert.True(found >= 9, $"found in {found} of 10: {string.Join("; ", firstFound)}");
        Assert.True(placed >= 8, $"at the right commit in {placed} of 10");
    }

    [Fact]
    public void Analyse_TenFlatHistoriesOfFortyBenchmarks_FindNoStep()
    {
        foreach (int seed in Enumerable.Range(101, 10))
        {
            List<HistoryStep> steps = Steps(seed, after: 5, stepKey: null);

            Assert.True(steps.Count == 0, $"seed {seed}: " + string.Join("; ", steps.Select(step => $"{step.Key} at {step.RunIndex} ×{step.Ratio:F3} p {step.AdjustedPValue:G2}")));
        }
    }

    /// <summary>The reported steps of a history of <see cref="Benchmarks"/> benchmarks, <paramref name="stepKey"/> 10% slower after run 10.</summary>
    private static List<HistoryStep> Steps(int seed, int after, string? stepKey)
    {
        List<HistoryRun> runs = SyntheticHistory.Runs(SyntheticHistory.Level(100, RunsBefore + after), noise: 0.02, seed, keys: Keys);
        if (stepKey is not null)
        {
            runs = [.. runs.Select((run, index) => index < RunsBefore ? run : run with
            {
                Benchmarks = [.. run.Benchmarks.Select(benchmark => benchmark.Key == stepKey ? benchmark with { MedianNanoseconds = benchmark.MedianNanoseconds * 1.10 } : benchmark)],
            })];
        }

        return [.. HistoryAnalysis.Analyse(runs, new HistoryOptions()).Machines.Single().Series.SelectMany(series => series.ReportedSteps)];
    }
}
