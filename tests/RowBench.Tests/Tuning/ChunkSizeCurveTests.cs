using RowBench.Tuning;

namespace RowBench.Tests.Tuning;

public class ChunkSizeCurveTests
{
    private static readonly CostModel Truth = new(1e6, 4e7, 1e3, 1);

    [Fact]
    public void Recommended_ExactCurve_IsTheMeasuredSizeNearestTheOptimumInsideTheSafeRange()
    {
        ChunkSizeCurve curve = SyntheticCurves.Curve(Truth);

        Assert.Equal(256, curve.Recommended);
        Assert.Equal(256, curve.Best.ChunkSize);
        // 1.41 ms at 256; 128 is 2% slower, 100 and 512 are 6% and 13% slower.
        Assert.Equal(128, curve.SafeMinimum);
        Assert.Equal(256, curve.SafeMaximum);
    }

    [Fact]
    public void Alternatives_ExactCurve_MeasureTheNotebookAndPartitionerAndOnePerWorker()
    {
        ChunkSizeCurve curve = SyntheticCurves.Curve(Truth);
        var alternatives = curve.Alternatives();

        Assert.Equal([1_556, 100, 4_670], alternatives.Select(alternative => alternative.ChunkSize));
        Assert.All(alternatives, alternative => Assert.NotNull(alternative.SlowerThanBest));
        Assert.True(alternatives[2].SlowerThanBest > 1, "one chunk per worker pays the whole imbalance");
    }
}
