using RowBench.Analysis.Comparison;

namespace RowBench.Tests.Analysis.Comparison;

public class HolmCorrectionTests
{
    [Fact]
    public void Adjust_KnownExample_MatchesHolmsStepDown()
    {
        // Sorted 0.01, 0.02, 0.03, 0.5 → 4·0.01, 3·0.02, max(2·0.03, prev), max(1·0.5, prev).
        double[] adjusted = HolmCorrection.Adjust([0.03, 0.01, 0.5, 0.02]);

        Assert.Equal([0.06, 0.04, 0.5, 0.06], adjusted.Select(value => Math.Round(value, 9)));
    }

    [Fact]
    public void Adjust_LargeProducts_AreCappedAtOne()
    {
        Assert.All(HolmCorrection.Adjust([0.4, 0.6, 0.9]), value => Assert.Equal(1, value));
    }

    [Fact]
    public void Adjust_NoValues_IsEmpty()
    {
        Assert.Empty(HolmCorrection.Adjust([]));
    }
}
