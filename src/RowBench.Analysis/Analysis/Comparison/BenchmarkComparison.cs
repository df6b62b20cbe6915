namespace RowBench.Analysis.Comparison;

/// <summary>One benchmark present in both runs: its medians, their ratio, and the verdict with its evidence.</summary>
/// <param name="BaseMedianNanoseconds">The median of the base samples (the same stage as the test's samples).</param>
/// <param name="NewMedianNanoseconds">The median of the new samples.</param>
/// <param name="Ratio">New median ÷ base median: above 1 is slower.</param>
/// <param name="Reason">Why the verdict is what it is, with its evidence, such as "p = 0.0003 &lt; α = 0.05 (Benjamini–Hochberg, 78 tests)".</param>
/// <param name="SampleUnit">What one sample is: "launches" or "iterations".</param>
/// <param name="SlowerPValue">The Benjamini–Hochberg-adjusted p-value of "slower by more than the threshold"; 1 when untested.</param>
/// <param name="FasterPValue">The Benjamini–Hochberg-adjusted p-value of "faster by more than the threshold"; 1 when untested.</param>
/// <param name="Resolution">What this benchmark's samples can tell apart: the minimum detectable change and the ratio's interval.</param>
public sealed record BenchmarkComparison(
    string Key,
    string Type,
    string Method,
    double BaseMedianNanoseconds,
    double NewMedianNanoseconds,
    double Ratio,
    Verdict Verdict,
    string Reason,
    int BaseSamples,
    int NewSamples,
    double? BaseAllocatedBytes,
    double? NewAllocatedBytes,
    string SampleUnit = "iterations",
    double SlowerPValue = 1,
    double FasterPValue = 1,
    Resolution? Resolution = null)
{
    /// <summary>The minimum detectable change as a fraction (0.23 for 23%), +∞ when nothing can be resolved, null when unknown.</summary>
    public double? MinimumDetectableChange => Resolution?.MinimumDetectableChange;

    /// <summary>New allocations ÷ base allocations, or null when either is unknown or the base is 0.</summary>
    public double? AllocationRatio => BaseAllocatedBytes is > 0 && NewAllocatedBytes is { } allocated ? allocated / BaseAllocatedBytes : null;

    /// <summary>Whether the new run allocates more, by more than 5% and 1 KB (less than that is scheduling noise in parallel runs).</summary>
    public bool AllocatesMore => BaseAllocatedBytes is { } before && NewAllocatedBytes is { } after && after - before > Math.Max(1024, 0.05 * before);
}
