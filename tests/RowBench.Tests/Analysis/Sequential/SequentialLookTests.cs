using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Analysis.Sequential;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Sequential;

public class SequentialLookTests
{
    private static readonly ComparisonOptions Options = new(ChangeThreshold.Parse("5%"), ChangeThreshold.Parse("1ns"));

    [Fact]
    public void Evaluate_ThirtyPercentSlowerAndUnchanged_DecidesBothAndStops()
    {
        (BenchmarkResultSet before, BenchmarkResultSet after) = Runs(
            ("Slowed", Pairs(12, 1.30, ownSpread: 0.02, seed: 1)),
            ("Unchanged", Pairs(12, 1.00, ownSpread: 0.02, seed: 2)));

        (LookOutcome look, RunComparison comparison) = SequentialLook.Evaluate(before, after, Options, level: 0.005, isLast: false, reachableSamples: 16, lastLevel: 0.044);

        Assert.Equal(1, look.Changed);
        Assert.Equal(1, look.Equivalent);
        Assert.True(look.Stops);
        Assert.Equal(Verdict.Slower, comparison.Compared.Single(row => row.Method == "Slowed").Verdict);
    }

    [Fact]
    public void Evaluate_NoisyWithTimeForMore_IsUndecidedAndGoesOn()
    {
        (BenchmarkResultSet before, BenchmarkResultSet after) = Runs(("Noisy", Pairs(8, 1.00, ownSpread: 0.06, seed: 3)));

        (LookOutcome look, _) = SequentialLook.Evaluate(before, after, Options, level: 0.0007, isLast: false, reachableSamples: 24, lastLevel: 0.045);

        Assert.True(look.Undecided == 1, look.Describe());
        Assert.False(look.Stops);
    }

    [Fact]
    public void Evaluate_TooNoisyForTheTimeLeft_IsOutOfReachAndStops()
    {
        (BenchmarkResultSet before, BenchmarkResultSet after) = Runs(("Overhead", Pairs(8, 1.00, ownSpread: 0.60, seed: 4)));

        (LookOutcome look, _) = SequentialLook.Evaluate(before, after, Options, level: 0.0007, isLast: false, reachableSamples: 9, lastLevel: 0.045);

        Assert.Equal(1, look.OutOfReach);
        Assert.True(look.Stops);
    }

    [Fact]
    public void Evaluate_TheLastLook_StopsWhateverIsUndecided()
    {
        (BenchmarkResultSet before, BenchmarkResultSet after) = Runs(("Noisy", Pairs(8, 1.00, ownSpread: 0.12, seed: 5)));

        (LookOutcome look, _) = SequentialLook.Evaluate(before, after, Options, level: 0.05, isLast: true, reachableSamples: 8, lastLevel: 0.05);

        Assert.True(look.Stops);
        Assert.Contains("look at 8 launches", look.Describe(), StringComparison.Ordinal);
    }

    /// <summary>Base and new samples of one benchmark: a shared launch-to-launch spread of 20%, and each side's own.</summary>
    private static (double[] Base, double[] New) Pairs(int count, double ratio, double ownSpread, int seed)
    {
        double[] shared = FakeResults.Samples(count, 1e6, 0.20, seed);
        double[] before = [.. shared.Zip(FakeResults.Samples(count, 1, ownSpread, seed + 100), (level, own) => level * own)];
        double[] after = [.. shared.Zip(FakeResults.Samples(count, 1, ownSpread, seed + 200), (level, own) => level * own * ratio)];
        return (before, after);
    }

    private static (BenchmarkResultSet Base, BenchmarkResultSet New) Runs(params (string Method, (double[] Base, double[] New) Samples)[] benchmarks) =>
        (Set("base", benchmarks.Select(benchmark => (benchmark.Method, benchmark.Samples.Base))),
         Set("new", benchmarks.Select(benchmark => (benchmark.Method, benchmark.Samples.New))));

    private static BenchmarkResultSet Set(string source, IEnumerable<(string Method, double[] Samples)> benchmarks) => new(
        source,
        [.. benchmarks.Select(benchmark => new BenchmarkResult(
            $"Fake.{benchmark.Method}()", "Fake", benchmark.Method, "Paired", new Dictionary<string, string>(), benchmark.Samples.Average(),
            BenchmarkResult.Median(benchmark.Samples), 0, benchmark.Samples, null, benchmark.Samples.Length))],
        host: null);
}
