namespace RowBench.Tuning;

// CA1708 reads the two extension blocks as members that differ only by case (a false positive for C# 14 extension
// blocks): kept, since the blocks let every caller write TuningDocument.From and TuningEntry.From as before the split.
#pragma warning disable CA1708

/// <summary>
/// Builds the package's <see cref="TuningDocument"/> from the tool's swept curves. It lives in the tool so that the
/// package, which only reads tuning files, carries no curve fitting.
/// </summary>
public static class TuningDocumentCurves
{
    extension(TuningDocument)
    {
        /// <summary>Builds the document from swept curves.</summary>
        public static TuningDocument From(IEnumerable<ChunkSizeCurve> curves, TuningMachine machine, string preset) =>
            new(machine, preset, DateTimeOffset.UtcNow, [.. curves.Select(curve => TuningEntry.From(curve))]);
    }

    extension(TuningEntry)
    {
        /// <summary>The entry for a swept curve.</summary>
        public static TuningEntry From(ChunkSizeCurve curve)
        {
            ArgumentNullException.ThrowIfNull(curve);
            return new TuningEntry(
                curve.Strategy,
                curve.Transform,
                curve.Degree,
                curve.Rows,
                curve.Recommended,
                new ChunkSizeRange(curve.SafeMinimum, curve.SafeMaximum),
                curve.Best.ChunkSize,
                curve.Best.MeanNanoseconds,
                curve.Model is { } model ? new TuningModel(model.A, model.B, model.D, model.RSquared, curve.ModelOptimum!.Value) : null,
                [.. curve.Points.Select(point => new TuningMeasurement(point.ChunkSize, point.MeanNanoseconds))]);
        }
    }
}
