using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Analysis.Explain;
using RowBench.Harness.Cli.Ab;
using RowBench.Harness.Cli.Ab.Explain;

namespace RowBench.Tests.Harness.Cli.Ab.Explain;

/// <summary>Which benchmarks ab explains, and the counters it reads for them from the verdict's launches.</summary>
public class AbExplainerTests
{
    private const string Slow = "X.StrategyBenchmarks.ParallelFor(Rows: 1)";
    private const string Slower = "X.StrategyBenchmarks.Plinq(Rows: 1)";
    private const string Same = "X.StrategyBenchmarks.Dataflow(Rows: 1)";

    [Fact]
    public void Pick_TwoSlowerAndOneSame_PicksTheSlowerMostSlowedFirst()
    {
        RunComparison comparison = Comparison(out _);

        List<BenchmarkComparison> picked = AbExplainer.Pick(comparison, ExplainMode.WhenSlower, maximum: 5);

        Assert.Equal([Slower, Slow], picked.Select(benchmark => benchmark.Key));
    }

    [Fact]
    public void Pick_AlwaysWithRoomLeft_AddsTheLargestRatioAfterTheSlower()
    {
        RunComparison comparison = Comparison(out _);

        Assert.Equal([Slower, Slow, Same], AbExplainer.Pick(comparison, ExplainMode.Always, maximum: 5).Select(benchmark => benchmark.Key));
        Assert.Equal([Slower], AbExplainer.Pick(comparison, ExplainMode.Always, maximum: 1).Select(benchmark => benchmark.Key));
    }

    [Fact]
    public void Pick_Never_PicksNothing()
    {
        Assert.Empty(AbExplainer.Pick(Comparison(out _), ExplainMode.Never, maximum: 5));
    }

    [Fact]
    public void Counters_ABenchmarkThatAllocatesFourTimesAsMuchInEveryLaunch_HasItsBytesStandOut()
    {
        Comparison(out IReadOnlyList<PairedLaunch.LaunchResult> launches);

        IReadOnlyList<CounterDelta> counters = AbExplainer.Counters(launches, Slower);

        Assert.Equal(RuntimeCounters.Names, counters.Select(counter => counter.Name));
        CounterDelta bytes = Assert.Single(counters, counter => counter.StandsOut);
        Assert.Equal("allocatedBytes", bytes.Name);
        Assert.Equal(8, bytes.Launches);
        Assert.DoesNotContain(AbExplainer.Counters(launches, Same), counter => counter.StandsOut);
    }

    [Fact]
    public void Counters_LaunchesOfAnOlderHarness_HaveNoLaunchesToJudge()
    {
        var old = new PairedLaunch.LaunchResult(1, 1, [new PairedLaunch.CaseResult(Slow, 1, [100], [120], [true])], [], []);

        Assert.All(AbExplainer.Counters([old], Slow), counter => Assert.Equal(0, counter.Launches));
    }

    /// <summary>Eight launches: Plinq 30% slower allocating four times the bytes, ParallelFor 15% slower, Dataflow the same.</summary>
    private static RunComparison Comparison(out IReadOnlyList<PairedLaunch.LaunchResult> launches)
    {
        var random = new Random(7);
        launches = [.. Enumerable.Range(1, 8).Select(seed => new PairedLaunch.LaunchResult(seed, 1, [Case(Slower, 1.30, 4, random), Case(Slow, 1.15, 1, random), Case(Same, 1.0, 1, random)], [], []))];
        BenchmarkResultSet before = AbPairedRunner.Side(launches, "base", isNew: false);
        BenchmarkResultSet after = AbPairedRunner.Side(launches, "new", isNew: true);
        return RunComparison.Compare(before, after, new ComparisonOptions(ChangeThreshold.Parse("5%"), ChangeThreshold.Parse("1us")), new PairedRatioComparer(0.05));
    }

    private static PairedLaunch.CaseResult Case(string key, double ratio, double bytesFactor, Random random)
    {
        double[] before = [.. Enumerable.Range(0, 10).Select(_ => 1_000_000 * (1 + (0.02 * random.NextDouble())))];
        double[] after = [.. before.Select(time => time * ratio * (1 + (0.01 * (random.NextDouble() - 0.5))))];
        Dictionary<string, double> Counters(double bytes) => RuntimeCounters.Names.ToDictionary(
            name => name, name => name == "allocatedBytes" ? bytes : 1 + (0.3 * random.NextDouble()), StringComparer.Ordinal);
        return new PairedLaunch.CaseResult(key, 1, before, after, [.. before.Select(_ => true)], Counters(50_000 * (1 + (0.01 * random.NextDouble()))), Counters(50_000 * bytesFactor));
    }
}
