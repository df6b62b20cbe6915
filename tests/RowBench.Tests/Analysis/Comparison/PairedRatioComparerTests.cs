using RowBench.Analysis.Comparison;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Comparison;

public class PairedRatioComparerTests
{
    private static readonly ChangeThreshold FivePercent = ChangeThreshold.Parse("5%");

    [Fact]
    public void Test_TenPercentSlowerInEveryPair_IsSlowerWellBelowTheCorrectedAlpha()
    {
        // Launch-to-launch spread of 20% that both sides of a pair share, and 1% that they do not.
        double[] shared = FakeResults.Samples(8, 1e6, 0.20, seed: 1);
        double[] before = [.. shared.Zip(FakeResults.Samples(8, 1, 0.01, seed: 2), (level, own) => level * own)];
        double[] after = [.. shared.Zip(FakeResults.Samples(8, 1, 0.01, seed: 3), (level, own) => level * own * 1.10)];

        ShiftTestResult result = new PairedRatioComparer().Test(before, after, FivePercent);

        Assert.True(result.SlowerPValue < 0.05 / 27, $"p = {result.SlowerPValue}");
        Assert.True(result.FasterPValue > 0.5);
    }

    [Fact]
    public void Test_IdenticalCodeWithSharedSpread_GivesNoDirection()
    {
        double[] shared = FakeResults.Samples(8, 1e6, 0.20, seed: 4);
        double[] before = [.. shared.Zip(FakeResults.Samples(8, 1, 0.02, seed: 5), (level, own) => level * own)];
        double[] after = [.. shared.Zip(FakeResults.Samples(8, 1, 0.02, seed: 6), (level, own) => level * own)];

        ShiftTestResult result = new PairedRatioComparer().Test(before, after, FivePercent);

        Assert.True(result.SlowerPValue > 0.05 && result.FasterPValue > 0.05, $"{result}");
    }

    [Fact]
    public void Test_UnequalCounts_AreNotPaired()
    {
        ShiftTestResult result = new PairedRatioComparer().Test([1, 2, 3, 4], [1, 2, 3], FivePercent);

        Assert.Equal(new ShiftTestResult(1, 1), result);
    }

    [Fact]
    public void Resolve_SharedSpread_LeavesOnlyThePairsOwnNoise()
    {
        double[] shared = FakeResults.Samples(8, 1e6, 0.30, seed: 7);
        double[] before = [.. shared.Zip(FakeResults.Samples(8, 1, 0.01, seed: 8), (level, own) => level * own)];
        double[] after = [.. shared.Zip(FakeResults.Samples(8, 1, 0.01, seed: 9), (level, own) => level * own)];

        Resolution paired = new PairedRatioComparer().Resolve(before, after, familySize: 27, relativeThreshold: 0.05);
        Resolution unpaired = Resolution.Of(before, after, 0.05, 27, 0.05, new MannWhitneyComparer().SmallestPValue(8, 8));

        Assert.InRange(paired.MinimumDetectableChange, 0.05, 0.10);
        Assert.True(unpaired.MinimumDetectableChange > 3 * paired.MinimumDetectableChange, $"{unpaired.MinimumDetectableChange} vs {paired.MinimumDetectableChange}");
        Assert.InRange(1.0, paired.RatioLow, paired.RatioHigh);
    }
}
