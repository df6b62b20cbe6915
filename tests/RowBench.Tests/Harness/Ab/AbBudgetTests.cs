using RowBench.Harness.Cli;
using RowBench.Harness.Cli.Ab;

namespace RowBench.Tests.Harness.Ab;

public class AbBudgetTests
{
    [Theory]
    [InlineData("10m", 600)]
    [InlineData("90s", 90)]
    [InlineData("1m30s", 90)]
    [InlineData("1h", 3600)]
    [InlineData("none", 0)]
    [InlineData("0", 0)]
    public void TryParseDuration_UnitsAndNone_GiveTheSpan(string text, int seconds)
    {
        Assert.True(CliParsers.TryParseDuration(text, out TimeSpan duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("ten minutes")]
    [InlineData("")]
    [InlineData("-5m")]
    public void TryParseDuration_NoUnitOrNotADuration_IsRefused(string text)
    {
        Assert.False(CliParsers.TryParseDuration(text, out _));
    }

    [Fact]
    public void Reachable_SlowerRecentLaunches_PlanAtTheSlowestPace()
    {
        // Three minutes left; the last three launches took 30, 60 and 40 s: three more at 60 s, not six at 30 s.
        int reachable = AbPairedRunner.Reachable(done: 5, maximum: 24, TimeSpan.FromMinutes(3), [30, 30, 30, 60, 40]);

        Assert.Equal(8, reachable);
    }

    [Fact]
    public void Reachable_NoTimeLeftOrAtTheMaximum_IsWhatIsDone()
    {
        Assert.Equal(5, AbPairedRunner.Reachable(done: 5, maximum: 24, TimeSpan.FromSeconds(-3), [30]));
        Assert.Equal(24, AbPairedRunner.Reachable(done: 20, maximum: 24, TimeSpan.FromHours(1), [30]));
    }
}
