using RowBench.Harness.Cli.Ab;

namespace RowBench.Tests.Harness.Ab;

public class AbScheduleTests
{
    [Fact]
    public void Order_FourLaunchesASide_AlternatesABBA()
    {
        string order = string.Concat(AbSchedule.Order(4).Select(isNew => isNew ? 'B' : 'A'));

        Assert.Equal("ABBAABBA", order);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    public void Order_AnyCount_GivesEachSideThatManyLaunches(int launches)
    {
        IReadOnlyList<bool> order = AbSchedule.Order(launches);

        Assert.Equal(launches, order.Count(isNew => isNew));
        Assert.Equal(launches, order.Count(isNew => !isNew));
    }

    [Fact]
    public void Order_EightLaunchesASide_PutsEachSideFirstEquallyOften()
    {
        // Drift over the job (a neighbour's load, the temperature) must not favour one side: position sums are equal.
        IReadOnlyList<bool> order = AbSchedule.Order(8);

        int newPositions = order.Select((isNew, position) => isNew ? position : 0).Sum();
        int basePositions = order.Select((isNew, position) => isNew ? 0 : position).Sum();
        Assert.Equal(basePositions, newPositions);
    }
}
