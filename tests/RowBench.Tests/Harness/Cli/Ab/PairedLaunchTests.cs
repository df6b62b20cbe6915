using RowBench.Analysis;
using RowBench.Harness.Cli.Ab;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Ab;

/// <summary>ab's paired launch: both sides' harnesses in one process, each running its own code, case by case.</summary>
public class PairedLaunchTests
{
    private static readonly string Harness = Path.Combine(Repository.Path("bench", "RowBench.Harness", "bin", "Release", "net10.0"), "RowBench.Harness.dll");

    [Fact]
    public void Run_TheSameHarnessOnBothSides_MeasuresEveryCaseOnBoth()
    {
        PairedLaunch launch = Assert.IsType<PairedLaunch>(PairedLaunch.TryLoad(Harness, Harness, out string? reason), exactMatch: false);
        Assert.Null(reason);

        PairedLaunch.LaunchResult result = launch.Run(rows: 40, degrees: [1], filter: "*TransformBenchmarks.Fast*", seed: 1, progress: _ => { });

        Assert.Equal(2, result.Cases.Count);
        Assert.All(result.Cases, measured =>
        {
            Assert.StartsWith("RowBench.Harness.Benchmarks.TransformBenchmarks.Fast(", measured.Key, StringComparison.Ordinal);
            Assert.Equal(measured.BaseNanoseconds.Count, measured.NewNanoseconds.Count);
            Assert.InRange(measured.BaseNanoseconds.Count, 6, 24);
            Assert.All(measured.BaseNanoseconds.Concat(measured.NewNanoseconds), time => Assert.True(time > 0));
        });
        Assert.Empty(result.OnlyInBase);
        Assert.Empty(result.OnlyInNew);
    }

    [Fact]
    public void TryLoad_ASideWithoutThePairedContract_SaysWhy()
    {
        // The library is a .NET assembly but no harness: as a revision from before paired launches would be.
        string library = Path.Combine(Path.GetDirectoryName(Harness)!, "RowBench.dll");

        Assert.Null(PairedLaunch.TryLoad(library, Harness, out string? reason));
        Assert.Contains("base revision predates paired launches", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Side_ThePairsRatio_IsTheMedianOfItsRoundsRatios()
    {
        // Rounds where the machine slowed both sides alike: the pair's ratio is the rounds' own ratio, 1.10.
        var measured = new PairedLaunch.CaseResult("X.StrategyBenchmarks.Plinq(Rows: 1)", 1, [100, 200, 300], [110, 220, 330], [true, false, true]);
        var launches = new[] { new PairedLaunch.LaunchResult(1, 1, [measured], [], []) };

        BenchmarkResult before = AbPairedRunner.Side(launches, "base", isNew: false).Results.Single();
        BenchmarkResult after = AbPairedRunner.Side(launches, "new", isNew: true).Results.Single();

        Assert.Equal(200, before.Samples.Single(), 6);
        Assert.Equal(220, after.Samples.Single(), 6);
        Assert.Equal("StrategyBenchmarks", before.Type);
        Assert.Equal("Plinq", before.Method);
    }
}
