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
    public void Compare_ThirtyPercentSlowerTightSamples_IsSlower(int samples)
    {
        Verdict verdict = _comparer.Compare(FakeResults.Samples(samples, 1e6, seed: 1), FakeResults.Samples(samples, 1.3e6, seed: 2), FivePercent);
        Assert.Equal(Verdict.Slower, verdict);
    }

    [Fact]
    public void Compare_ThirtyPercentFaster_IsFaster()
    {
        Verdict verdict = _comparer.Compare(FakeResults.Samples(7, 1e6, seed: 1), FakeResults.Samples(7, 0.7e6, seed: 2), FivePercent);
        Assert.Equal(Verdict.Faster, verdict);
    }

    [Fact]
    public void Compare_SameDistribution_IsSame()
    {
        Verdict verdict = _comparer.Compare(FakeResults.Samples(7, 1e6, seed: 1), FakeResults.Samples(7, 1e6, seed: 2), FivePercent);
        Assert.Equal(Verdict.Same, verdict);
    }

    [Fact]
    public void Compare_TwoPercentSlower_IsSameUnderAFivePercentThreshold()
    {
        Verdict verdict = _comparer.Compare(FakeResults.Samples(7, 1e6, 0.005, seed: 1), FakeResults.Samples(7, 1.02e6, 0.005, seed: 2), FivePercent);
        Assert.Equal(Verdict.Same, verdict);
    }

    [Fact]
    public void Compare_ThreeSamplesPerSide_IsUnknownEvenForAHugeChange()
    {
        Verdict verdict = _comparer.Compare(FakeResults.Samples(3, 1e6, seed: 1), FakeResults.Samples(3, 3e6, seed: 2), FivePercent);
        Assert.Equal(Verdict.Unknown, verdict);
    }

    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(4, 4, false)]
    [InlineData(5, 5, true)]
    [InlineData(1, 50, false)]
    [InlineData(7, 7, true)]
    public void CanDecide_SampleCounts_FollowsTheExactTestsSmallestPValue(int baseCount, int newCount, bool expected)
    {
        Assert.Equal(expected, _comparer.CanDecide(baseCount, newCount));
    }
}
