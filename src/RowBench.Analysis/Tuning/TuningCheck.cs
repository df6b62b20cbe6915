using System.Globalization;
using RowBench.Analysis.Comparison;

namespace RowBench.Tuning;

/// <summary>
/// Whether a recorded chunk size is still good: re-measured beside the new best, it is stale only when it is slower
/// than the new best by more than the tolerance, significantly so across the samples (launches), with Holm's
/// correction over every entry checked.
/// </summary>
/// <param name="SlowerPValue">The Holm-adjusted p-value of "the recorded size is slower than the best by more than the tolerance".</param>
/// <param name="Reason">The evidence in a few words.</param>
public sealed record TuningCheck(TuningEntry Recorded, ChunkSizeCurve Fresh, ChunkSizePoint? RecordedPoint, Verdict Verdict, bool IsStale, double SlowerPValue = 1, string Reason = "")
{
    /// <summary>How much slower the recorded chunk size is than the new best, as a fraction (0.12 is 12%).</summary>
    public double SlowerThanBest => RecordedPoint is { } point ? (point.MeanNanoseconds / Fresh.Best.MeanNanoseconds) - 1 : double.NaN;

    /// <summary>Checks one entry against the fresh sweep of the same curve, as a family of one.</summary>
    public static TuningCheck Evaluate(TuningEntry recorded, ChunkSizeCurve fresh, ChangeThreshold tolerance, ISampleComparer comparer) =>
        EvaluateAll([(recorded, fresh)], tolerance, comparer)[0];

    /// <summary>Checks every entry against the fresh sweep of its curve, correcting for the number of entries.</summary>
    public static IReadOnlyList<TuningCheck> EvaluateAll(IReadOnlyList<(TuningEntry Recorded, ChunkSizeCurve Fresh)> pairs, ChangeThreshold tolerance, ISampleComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(tolerance);
        ArgumentNullException.ThrowIfNull(comparer);

        List<ChunkSizePoint?> points = [.. pairs.Select(pair => pair.Fresh.At(pair.Recorded.RecommendedChunkSize))];
        // The new best is the base: "slower" means the recorded size is slower than it beyond the tolerance.
        double[] raw = [.. pairs.Select((pair, index) => points[index] is { } point && point.ChunkSize != pair.Fresh.Best.ChunkSize
            ? comparer.Test(pair.Fresh.Best.Samples, point.Samples, tolerance).SlowerPValue
            : 1)];
        double[] adjusted = HolmCorrection.Adjust(raw);
        double alpha = comparer.SignificanceLevel;

        var checks = new List<TuningCheck>();
        for (int index = 0; index < pairs.Count; index++)
        {
            (TuningEntry recorded, ChunkSizeCurve fresh) = pairs[index];
            ChunkSizePoint? point = points[index];
            string samples = $"{fresh.Best.Samples.Count} vs {point?.Samples.Count ?? 0} samples";
            double smallest = comparer.SmallestPValue(fresh.Best.Samples.Count, point?.Samples.Count ?? 0) * pairs.Count;
            (Verdict verdict, bool stale, string reason) = true switch
            {
                _ when point is null => (Verdict.Unknown, false, "the recorded size was not measured"),
                _ when point.ChunkSize == fresh.Best.ChunkSize => (Verdict.Same, false, "the recorded size is the new best"),
                _ when adjusted[index] < alpha => (Verdict.Slower, true,
                    $"slower than the best by more than {tolerance}: p = {P(adjusted[index])} < α = {P(alpha)} ({comparer.Name}, Holm over {pairs.Count}; {samples})"),
                _ when smallest >= alpha => (Verdict.Unknown, false, $"{samples}: too few for α = {P(alpha)} over {pairs.Count} entries"),
                _ => (Verdict.Same, false, $"not significantly slower than the best by more than {tolerance}: p = {P(adjusted[index])} ({samples})"),
            };
            checks.Add(new TuningCheck(recorded, fresh, point, verdict, stale, adjusted[index], reason));
        }

        return checks;
    }

    private static string P(double value) => value.ToString("G2", CultureInfo.InvariantCulture);
}
