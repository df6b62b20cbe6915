using RowBench.Analysis.Comparison;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Comparison;

public class MannWhitneyComparerTests
{
    private static readonly ChangeThreshold FivePercent = ChangeThreshold.Parse("5%");
    private readonly MannWhitneyComparer _comparer = new();

    [Theory]
    [InlineData(7)]
    [InlineData(5)]
    public void Test_ThirtyPercentSlowerTightSamples_GivesTheExactSmallestSlowerPValue(int samples)
    {
        ShiftTestResult result = _comparer.Test(FakeResults.Samples(samples, 1e6, seed: 1), FakeResults.Samples(samples, 1.3e6, seed: 2), FivePercent);

        // Every new sample above every shifted base sample: p = 1 / C(2n, n), the smallest the exact test gives.
        Assert.Equal(_comparer.SmallestPValue(samples, samples), result.SlowerPValue, 1e-9);
        Assert.Equal(1, result.FasterPValue, 1e-9);
    }

    [Fact]
    public void Test_ThirtyPercentFaster_GivesASmallFasterPValue()
    {
        ShiftTestResult result = _comparer.Test(FakeResults.Samples(7, 1e6, seed: 1), FakeResults.Samples(7, 0.7e6, seed: 2), FivePercent);

        Assert.True(result.FasterPValue < 0.001, $"p = {result.FasterPValue}");
        Assert.Equal(1, result.SlowerPValue, 1e-9);
    }

    [Fact]
    public void Test_TheIssuesExample_IsNotSignificantAtTheDefaultAlpha()
    {
        // Base 100–104 µs, new {100, 160–163} µs: four of five far above, one not; the exact one-sided p is 0.075.
        double[] before = [100e3, 101e3, 102e3, 103e3, 104e3];
        double[] after = [100e3, 160e3, 161e3, 162e3, 163e3];

        ShiftTestResult result = _comparer.Test(before, after, FivePercent);

        Assert.Equal(0.0754, result.SlowerPValue, 3);
        Assert.True(result.SlowerPValue > _comparer.SignificanceLevel);
    }

    [Fact]
    public void Test_ZeroThresholdAndOverlappingSamples_IsNotSignificant()
    {
        // A zero threshold asks whether there is any shift at all; interleaved samples show none.
        double[] before = [100, 102, 104, 106, 108];
        double[] after = [101, 103, 105, 107, 109];

        ShiftTestResult result = _comparer.Test(before, after, ChangeThreshold.Parse("0%"));

        Assert.True(result.SlowerPValue > 0.2, $"p = {result.SlowerPValue}");
    }

    [Theory]
    [InlineData(3, 3, 0.05)]
    [InlineData(5, 5, 1.0 / 252)]
    [InlineData(8, 8, 1.0 / 12_870)]
    [InlineData(1, 50, 1)]
    public void SmallestPValue_SampleCounts_IsOneOverTheBinomialCoefficient(int baseCount, int newCount, double expected)
    {
        Assert.Equal(expected, _comparer.SmallestPValue(baseCount, newCount), 1e-9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void Constructor_AlphaOutOfRange_Throws(double alpha)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MannWhitneyComparer(alpha));
    }
}
