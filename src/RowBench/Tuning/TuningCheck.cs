using RowBench.Analysis.Comparison;

namespace RowBench.Tuning;

/// <summary>
/// Whether a recorded chunk size is still good: re-measured beside the new best, it is stale when it is slower than
/// the new best by more than the tolerance, and significantly so by the same test as <c>compare</c>.
/// </summary>
public sealed record TuningCheck(TuningEntry Recorded, ChunkSizeCurve Fresh, ChunkSizePoint? RecordedPoint, Verdict Verdict, bool IsStale)
{
    /// <summary>How much slower the recorded chunk size is than the new best, as a fraction (0.12 is 12%).</summary>
    public double SlowerThanBest => RecordedPoint is { } point ? (point.MeanNanoseconds / Fresh.Best.MeanNanoseconds) - 1 : double.NaN;

    /// <summary>Checks <paramref name="recorded"/> against the fresh sweep of the same curve.</summary>
    public static TuningCheck Evaluate(TuningEntry recorded, ChunkSizeCurve fresh, ChangeThreshold tolerance, ISampleComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(tolerance);
        ArgumentNullException.ThrowIfNull(comparer);

        ChunkSizePoint? point = fresh.At(recorded.RecommendedChunkSize);
        if (point is null)
        {
            return new TuningCheck(recorded, fresh, null, Verdict.Unknown, IsStale: false);
        }

        if (point.ChunkSize == fresh.Best.ChunkSize)
        {
            return new TuningCheck(recorded, fresh, point, Verdict.Same, IsStale: false);
        }

        // The new best is the base: "slower" means the recorded size is slower than it beyond the tolerance.
        Verdict verdict = comparer.Compare(fresh.Best.Samples, point.Samples, tolerance);
        bool beyondTolerance = point.MeanNanoseconds > fresh.Best.MeanNanoseconds + tolerance.NanosecondsFor(fresh.Best.MeanNanoseconds);
        return new TuningCheck(recorded, fresh, point, verdict, IsStale: verdict == Verdict.Slower && beyondTolerance);
    }
}
