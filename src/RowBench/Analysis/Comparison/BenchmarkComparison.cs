namespace RowBench.Analysis.Comparison;

/// <summary>One benchmark present in both runs: its medians, their ratio, and the verdict with its reason.</summary>
/// <param name="Ratio">New median ÷ base median: above 1 is slower.</param>
/// <param name="Reason">Why the verdict is what it is, in a few words, such as "3 vs 3 samples: too few at α = 0.01".</param>
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
    double? NewAllocatedBytes)
{
    /// <summary>New allocations ÷ base allocations, or null when either is unknown or the base is 0.</summary>
    public double? AllocationRatio => BaseAllocatedBytes is > 0 && NewAllocatedBytes is { } allocated ? allocated / BaseAllocatedBytes : null;

    /// <summary>Whether the new run allocates more, by more than 5% and 1 KB (less than that is scheduling noise in parallel runs).</summary>
    public bool AllocatesMore => BaseAllocatedBytes is { } before && NewAllocatedBytes is { } after && after - before > Math.Max(1024, 0.05 * before);
}
