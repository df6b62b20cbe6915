namespace RowBench.Analysis.Comparison;

/// <summary>What counts as a change when comparing runs.</summary>
/// <param name="Threshold">The smallest change that counts. The default is 5%.</param>
/// <param name="Noise">Differences of medians below this are ignored. The default is 1 µs.</param>
public sealed record ComparisonOptions(ChangeThreshold Threshold, ChangeThreshold Noise)
{
    /// <summary>5% threshold, 1 µs noise floor.</summary>
    public static ComparisonOptions Default { get; } = new(new ChangeThreshold(0.05, IsRelative: true), new ChangeThreshold(1_000, IsRelative: false));
}
