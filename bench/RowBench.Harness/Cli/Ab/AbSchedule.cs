namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// The order of an ab run's launches: A B B A, repeated, so that a drift of the machine over the job (a neighbour's
/// load, the CPU's temperature) falls on both sides alike, and neither side always goes first.
/// </summary>
internal static class AbSchedule
{
    /// <summary><paramref name="launchesPerSide"/> launches of each side: false is the base, true the new side.</summary>
    public static IReadOnlyList<bool> Order(int launchesPerSide)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(launchesPerSide);
        var order = new List<bool>();
        for (int pair = 0; pair < launchesPerSide; pair++)
        {
            bool newFirst = pair % 2 == 1;
            order.Add(newFirst);
            order.Add(!newFirst);
        }

        return order;
    }
}
