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
}
