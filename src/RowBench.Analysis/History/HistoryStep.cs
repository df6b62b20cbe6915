namespace RowBench.History;

/// <summary>A change point in one benchmark's series, with the test that supports it.</summary>
/// <param name="Key">The benchmark.</param>
/// <param name="RunIndex">The index, in its machine's runs, of the first run on the new level.</param>
/// <param name="Run">That run: its commit is the first one measured after the change.</param>
/// <param name="BeforeMedianNanoseconds">The median of the run medians on the old level.</param>
/// <param name="AfterMedianNanoseconds">The median of the run medians on the new level.</param>
/// <param name="BeforeRuns">How many runs the old level has (up to the previous change point).</param>
/// <param name="AfterRuns">How many runs the new level has (up to the next change point).</param>
/// <param name="PValue">The permutation p-value of the best split of the runs between the neighbouring steps.</param>
/// <param name="AdjustedPValue">The p-value after Holm's correction over every candidate step of the machine's history.</param>
/// <param name="IsReported">Whether it is significant and at least the minimum step.</param>
/// <param name="IsBimodal">Whether the series runs in two modes: the step is of its main mode, and never alerts.</param>
public sealed record HistoryStep(
    string Key,
    int RunIndex,
    HistoryRun Run,
    double BeforeMedianNanoseconds,
    double AfterMedianNanoseconds,
    int BeforeRuns,
    int AfterRuns,
    double PValue,
    double AdjustedPValue,
    bool IsReported,
    bool IsBimodal = false)
{
    /// <summary>After ÷ before.</summary>
    public double Ratio => AfterMedianNanoseconds / BeforeMedianNanoseconds;

    /// <summary>Whether the time went up.</summary>
    public bool IsSlower => Ratio > 1;

    /// <summary>The confidence that the level moved: 1 − the adjusted p-value.</summary>
    public double Confidence => 1 - AdjustedPValue;
}
