namespace RowBench.Analysis.Comparison;

/// <summary>
/// The two one-sided p-values of a shift test: that the new samples are slower than the base by more than the
/// threshold, and that they are faster by more than it. Neither is corrected for the other benchmarks of a run.
/// </summary>
/// <param name="SlowerPValue">The p-value of "new &gt; base × (1 + threshold)" (or base + threshold, for a time).</param>
/// <param name="FasterPValue">The p-value of "base &gt; new × (1 + threshold)" (or new + threshold, for a time).</param>
public sealed record ShiftTestResult(double SlowerPValue, double FasterPValue);
