namespace RowBench.Harness.Cli.Ab;

/// <summary>A side as launches.json records it: its name, what was asked for, and the commit built.</summary>
internal sealed record AbSideDescription(string Name, string Spec, string Commit)
{
    /// <summary>The description of <paramref name="side"/>.</summary>
    public static AbSideDescription Of(AbSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return new AbSideDescription(side.Name, side.Spec, side.Commit);
    }
}
