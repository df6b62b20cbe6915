namespace RowBench.Reports;

/// <summary>One benchmark of <c>comparison.json</c>: its verdict and the evidence for it. Figures that are not finite are null.</summary>
/// <param name="Key">The benchmark's full name with its parameters.</param>
/// <param name="Verdict">slower, faster, same or unknown.</param>
/// <param name="Ratio">New ÷ base: above 1 is slower.</param>
/// <param name="SlowerPValue">The corrected p-value of "slower by more than the threshold".</param>
/// <param name="FasterPValue">The corrected p-value of "faster by more than the threshold".</param>
/// <param name="MinimumDetectableChange">The smallest slowdown this run would call slower with 80% power (0.1 is 10%); null when none.</param>
/// <param name="RatioLow">The lower end of the ratio's 95% interval.</param>
/// <param name="RatioHigh">The upper end of the ratio's 95% interval.</param>
/// <param name="SampleUnit">What one sample is: iterations, launches or paired launches.</param>
/// <param name="Reason">The verdict's evidence in words, as the reports give it.</param>
public sealed record ComparisonDocumentRow(
    string Key,
    string Verdict,
    double Ratio,
    double BaseMedianNanoseconds,
    double NewMedianNanoseconds,
    double SlowerPValue,
    double FasterPValue,
    double? MinimumDetectableChange,
    double? RatioLow,
    double? RatioHigh,
    int BaseSamples,
    int NewSamples,
    string SampleUnit,
    string Reason);
