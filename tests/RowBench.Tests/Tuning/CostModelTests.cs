using RowBench.Tuning;

namespace RowBench.Tests.Tuning;

public class CostModelTests
{
    // 1 ms of work, 40 µs·rows of per-chunk overhead, 1 µs per row of imbalance: optimum √(b/d) = 200.
    private static readonly CostModel Truth = new(1e6, 4e7, 1e3, 1);

    [Fact]
    public void Fit_ExactCurve_RecoversTheCoefficientsAndTheOptimum()
    {
        CostModel model = CostModel.Fit([.. SyntheticCurves.Points(Truth, ChunkSizeGrid.For(9_339, 2, 2)).Select(point => (point.ChunkSize, point.MeanNanoseconds))]);

        Assert.Equal(200, model.Optimum(4_670), precision: 6);
        Assert.Equal(Truth.A, model.A, 1e-3 * Truth.A);
        Assert.True(model.RSquared > 0.999999, $"R² = {model.RSquared}");
    }

    [Fact]
    public void Fit_CurveWithThreePercentNoise_RecoversTheOptimumWithinAQuarter()
    {
        CostModel model = CostModel.Fit([.. SyntheticCurves.Points(Truth, ChunkSizeGrid.For(9_339, 2, 2), noise: 0.03).Select(point => (point.ChunkSize, point.MeanNanoseconds))]);

        Assert.InRange(model.Optimum(4_670), 150, 250);
    }

    [Theory]
    [InlineData(4e7, 0, 4_670)]
    [InlineData(0, 1e3, 1)]
    [InlineData(4e12, 1, 4_670)]
    public void Optimum_DegenerateTerms_StaysWithinTheUsefulRange(double b, double d, double expected)
    {
        Assert.Equal(expected, new CostModel(1e6, b, d, 1).Optimum(4_670));
    }

    [Fact]
    public void Fit_FlatNoise_HasAWeightedCoefficientOfDeterminationNearZero()
    {
        // Pure noise around a constant: no term of the model explains it; a squared correlation could still be high.
        var random = new Random(7);
        CostModel model = CostModel.Fit([.. ChunkSizeGrid.For(9_339, 2, 2).Select(size => (size, 1e9 * (1 + (0.02 * ((2 * random.NextDouble()) - 1)))))]);

        Assert.InRange(model.RSquared, -0.5, 0.6);
    }

    [Fact]
    public void Fit_TwoChunkSizes_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => CostModel.Fit([(1, 10.0), (2, 5.0), (2, 6.0)]));
    }
}
