namespace RowBench.Analysis.Comparison;

/// <summary>What counts as a change when comparing runs.</summary>
/// <param name="Threshold">The smallest change that counts. The default is 5%.</param>
/// <param name="Noise">Differences of medians below this are ignored. The default is 1 µs.</param>
/// <param name="AllowMissing">
/// A benchmark of the base run that the new run lacks does not fail the gate. By default it does: a class that failed
/// or a file removed must not pass as "no regression".
/// </param>
public sealed record ComparisonOptions(ChangeThreshold Threshold, ChangeThreshold Noise, bool AllowMissing = false)
{
    /// <summary>5% threshold, 1 µs noise floor.</summary>
    public static ComparisonOptions Default { get; } = new(new ChangeThreshold(0.05, IsRelative: true), new ChangeThreshold(1_000, IsRelative: false));
}
