using System.Globalization;

namespace RowBench.Analysis.Sequential;

/// <summary>One look at the pairs so far.</summary>
/// <param name="Samples">Paired samples (launches) at this look.</param>
/// <param name="Level">The one-sided α this look was tested at.</param>
/// <param name="IsLast">Whether no sample follows it (time or the maximum).</param>
/// <param name="Changed">Benchmarks found slower or faster.</param>
/// <param name="Equivalent">Benchmarks found within the threshold.</param>
/// <param name="OutOfReach">Undecided benchmarks that the budget's remaining samples could not decide.</param>
/// <param name="Undecided">Benchmarks more samples could decide.</param>
public sealed record LookOutcome(int Samples, double Level, bool IsLast, int Changed, int Equivalent, int OutOfReach, int Undecided)
{
    /// <summary>Whether the run stops here: the last look, or nothing left that more samples could decide.</summary>
    public bool Stops => IsLast || Undecided == 0;

    /// <summary>One line for the log.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"look at {Samples} launches (α {Level:G2}): {Counts()}");

    /// <summary>The benchmarks in each state, for the log and the report's design line.</summary>
    public string Counts() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Changed} changed, {Equivalent} within the threshold, {Undecided} undecided, {OutOfReach} out of reach in the time left");
}
