using RowBench.Analysis.Comparison;

namespace RowBench.Tests.Analysis.Comparison;

public class BenjaminiHochbergCorrectionTests
{
    [Fact]
    public void Adjust_KnownExample_MatchesTheStepUp()
    {
        // Sorted: each p·m/rank, then the running minimum from the largest down.
        double[] adjusted = BenjaminiHochbergCorrection.Adjust([0.041, 0.001, 0.205, 0.008, 0.039, 0.042, 0.06, 0.074]);

        Assert.Equal([0.0672, 0.008, 0.205, 0.032, 0.0672, 0.0672, 0.08, 0.084571], adjusted.Select(value => Math.Round(value, 6)));
    }

    [Fact]
    public void Adjust_SeveralSmallPValues_AreEachLessPenalisedThanByHolm()
    {
        double[] p = [0.008, 0.008, 0.0001, 0.0001, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

        double[] benjaminiHochberg = BenjaminiHochbergCorrection.Adjust(p);
        double[] holm = HolmCorrection.Adjust(p);

        Assert.All(Enumerable.Range(0, 4), index => Assert.True(benjaminiHochberg[index] < 0.05));
        Assert.True(holm[0] >= 0.05, "Holm multiplies the third smallest by eight");
    }

    [Fact]
    public void Adjust_OneSmallPValueAmongNulls_IsPenalisedByTheWholeFamily()
    {
        double[] adjusted = BenjaminiHochbergCorrection.Adjust([0.004, 0.3, 0.5, 0.7, 0.9, 0.2, 0.6, 0.4, 0.8, 0.95, 0.99, 0.45, 0.55, 0.65, 0.75, 0.85, 0.25, 0.35, 0.15, 0.5]);

        Assert.Equal(0.08, adjusted[0], 9);
    }

    [Fact]
    public void Adjust_NoValues_IsEmpty()
    {
        Assert.Empty(BenjaminiHochbergCorrection.Adjust([]));
    }
}
