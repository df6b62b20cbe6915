using RowBench.Analysis.Comparison;
using RowBench.Tuning;

namespace RowBench.Tests.Tuning;

public class TuningCheckTests
{
    private static readonly CostModel Truth = new(1e6, 4e7, 1e3, 1);
    private static readonly ChangeThreshold TenPercent = ChangeThreshold.Parse("10%");

    [Fact]
    public void Evaluate_RecordedSizeFarFromTheOptimum_IsStale()
    {
        ChunkSizeCurve fresh = SyntheticCurves.Curve(Truth, noise: 0.02, seed: 2);
        TuningEntry recorded = TuningEntry.From(fresh) with { RecommendedChunkSize = 4 };

        TuningCheck check = TuningCheck.Evaluate(recorded, fresh, TenPercent, new MannWhitneyComparer());

        Assert.True(check.IsStale, $"slower by {check.SlowerThanBest:P0}, verdict {check.Verdict}");
        Assert.Equal(Verdict.Slower, check.Verdict);
    }

    [Fact]
    public void Evaluate_NoisyReRunOfTheSameMachine_PassesTheRecordedSize()
    {
        ChunkSizeCurve first = SyntheticCurves.Curve(Truth, noise: 0.05, seed: 3);
        ChunkSizeCurve rerun = SyntheticCurves.Curve(Truth, noise: 0.05, seed: 4);

        TuningCheck check = TuningCheck.Evaluate(TuningEntry.From(first), rerun, TenPercent, new MannWhitneyComparer());

        Assert.False(check.IsStale, $"slower by {check.SlowerThanBest:P0}, verdict {check.Verdict}");
    }

    [Fact]
    public void EvaluateAll_SixCurvesRecordedAtChunkOneOverFiveLaunches_AreAllStaleAfterHolm()
    {
        // The fast transform's chunk 1 costs a task per row: twice the best at least, in every launch.
        List<(TuningEntry, ChunkSizeCurve)> pairs =
        [
            .. Enumerable.Range(0, 6).Select(index =>
            {
                var curve = new ChunkSizeCurve("parallel-for", "fast", 2, 9_339, 2, SyntheticCurves.Points(Truth, ChunkSizeGrid.For(9_339, 2, 2), noise: 0.05, samples: 5, seed: index));
                return (TuningEntry.From(curve) with { RecommendedChunkSize = 1 }, curve);
            }),
        ];

        IReadOnlyList<TuningCheck> checks = TuningCheck.EvaluateAll(pairs, TenPercent, new MannWhitneyComparer());

        Assert.All(checks, check => Assert.True(check.IsStale, check.Reason));
        Assert.All(checks, check => Assert.Contains("Holm over 6", check.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateAll_RecordedSizeSlowerByItsMedianButLaunchesOverlap_IsNotStale()
    {
        // Round one's failure: faithful's recorded 16 at 311 ms against a "best" 32 at 222 ms, which launches do not support.
        var curve = new ChunkSizeCurve("parallel-for", "faithful", 2, 1_000, 2,
        [
            new ChunkSizePoint(16, 311e6, [205e6, 240e6, 311e6, 320e6, 330e6]),
            new ChunkSizePoint(32, 222e6, [200e6, 222e6, 300e6, 315e6, 335e6]),
            new ChunkSizePoint(64, 330e6, [210e6, 250e6, 330e6, 340e6, 350e6]),
        ]);
        TuningEntry recorded = TuningEntry.From(curve) with { RecommendedChunkSize = 16 };

        TuningCheck check = Assert.Single(TuningCheck.EvaluateAll([(recorded, curve)], TenPercent, new MannWhitneyComparer()));

        Assert.False(check.IsStale, check.Reason);
        Assert.Equal(Verdict.Same, check.Verdict);
    }

    [Fact]
    public void EvaluateAll_ThreeLaunches_IsUnknownNotStale()
    {
        var curve = new ChunkSizeCurve("plinq", "fast", 2, 1_000, 2,
        [
            new ChunkSizePoint(1, 4e6, [4e6, 4.1e6, 3.9e6]),
            new ChunkSizePoint(256, 2e6, [2e6, 2.1e6, 1.9e6]),
            new ChunkSizePoint(500, 2.2e6, [2.2e6, 2.3e6, 2.1e6]),
        ]);

        TuningCheck check = TuningCheck.Evaluate(TuningEntry.From(curve) with { RecommendedChunkSize = 1 }, curve, TenPercent, new MannWhitneyComparer());

        Assert.False(check.IsStale);
        Assert.Equal(Verdict.Unknown, check.Verdict);
    }
}
