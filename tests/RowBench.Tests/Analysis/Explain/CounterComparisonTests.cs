using RowBench.Analysis.Explain;

namespace RowBench.Tests.Analysis.Explain;

/// <summary>Which counter changes stand out of the verdict's launches: all launches one way, past the floor and the spread.</summary>
public class CounterComparisonTests
{
    [Fact]
    public void Compare_FiveTimesTheBytesInEveryLaunch_StandsOut()
    {
        double[] before = [1_000_000, 1_010_000, 990_000, 1_005_000, 995_000, 1_000_000, 1_002_000, 998_000];
        double[] after = [.. before.Select(value => value * 5)];

        CounterDelta delta = CounterComparison.Compare("allocatedBytes", before, after);

        Assert.True(delta.StandsOut);
        Assert.Equal(8, delta.LaunchesUp);
        Assert.Equal(5, delta.Ratio!.Value, 2);
    }

    [Fact]
    public void Compare_IdenticalCodeWithLaunchToLaunchNoise_DoesNotStandOut()
    {
        // Gen-0 collections per operation that wander from launch to launch on both sides alike.
        double[] before = [10.2, 11.0, 9.8, 10.5, 12.1, 10.0, 9.6, 11.4];
        double[] after = [10.6, 10.1, 10.3, 11.2, 11.0, 10.9, 9.9, 10.8];

        Assert.False(CounterComparison.Compare("gen0Collections", before, after).StandsOut);
    }

    [Fact]
    public void Compare_EveryLaunchSlightlyUpButUnderTheFloor_DoesNotStandOut()
    {
        // Every launch 2% more bytes: one way, but under the 5% floor of allocatedBytes.
        double[] before = [.. Enumerable.Repeat(100_000.0, 8)];
        double[] after = [.. Enumerable.Repeat(102_000.0, 8)];

        CounterDelta delta = CounterComparison.Compare("allocatedBytes", before, after);

        Assert.Equal(8, delta.LaunchesUp);
        Assert.False(delta.StandsOut);
    }

    [Fact]
    public void Compare_ContentionsFromZero_StandOutPastTheAbsoluteFloor()
    {
        double[] before = [0, 0, 0, 0, 0, 0, 0, 0];
        double[] after = [1.6, 2.0, 1.3, 1.9, 2.2, 1.7, 1.8, 2.4];

        CounterDelta delta = CounterComparison.Compare("lockContentions", before, after);

        Assert.True(delta.StandsOut);
        Assert.Null(delta.Ratio);
    }

    [Fact]
    public void Compare_OneLaunchAgainstTheOthers_DoesNotStandOut()
    {
        double[] before = [.. Enumerable.Repeat(0.0, 8)];
        double[] after = [3, 3, 3, 3, 3, 3, 3, 0];

        Assert.False(CounterComparison.Compare("lockContentions", before, after).StandsOut);
    }

    [Fact]
    public void Compare_FewerLaunchesThanASignCanBeReadFrom_DoesNotStandOut()
    {
        Assert.False(CounterComparison.Compare("allocatedBytes", [1000, 1000, 1000], [9000, 9000, 9000]).StandsOut);
    }

    [Fact]
    public void Compare_NoLaunches_IsEmptyAndDoesNotStandOut()
    {
        CounterDelta delta = CounterComparison.Compare("gen2Collections", [], []);

        Assert.Equal(0, delta.Launches);
        Assert.False(delta.StandsOut);
    }
}
