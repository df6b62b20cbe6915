using RowBench.Analysis;

namespace RowBench.Tuning;

/// <summary>
/// Turns the chunk-size sweep's results into curves: one per strategy, transform, degree and row count asked for,
/// each point's samples being the launches' medians (or the iterations of a single launch).
/// </summary>
public static class TuneCurves
{
    /// <summary>One curve to read: which points of the sweep belong to it.</summary>
    public interface ICurveKey
    {
        /// <summary>The strategy's name.</summary>
        string Strategy { get; }

        /// <summary>The transform's name.</summary>
        string Transform { get; }

        /// <summary>The degree of parallelism.</summary>
        int Degree { get; }

        /// <summary>The row count.</summary>
        int Rows { get; }
    }

    /// <summary>The curves of <paramref name="keys"/> found in <paramref name="results"/>; a key with no point is left out.</summary>
    public static IReadOnlyList<ChunkSizeCurve> Read(BenchmarkResultSet results, IEnumerable<ICurveKey> keys, int processorCount)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(keys);
        List<ChunkSizeCurve> curves = [];
        foreach (ICurveKey curve in keys)
        {
            List<ChunkSizePoint> points =
            [
                .. results.Results
                    .Where(result => result.Parameter(BenchmarkNames.StrategyParameter) == curve.Strategy
                        && result.Parameter(BenchmarkNames.TransformParameter) == curve.Transform
                        && result.IntParameter(BenchmarkNames.DegreeParameter) == curve.Degree
                        && result.IntParameter(BenchmarkNames.RowsParameter) == curve.Rows)
                    .Select(result => new ChunkSizePoint(result.IntParameter(BenchmarkNames.ChunkSizeParameter) ?? 0, result.SampleMedianNanoseconds, result.Samples)),
            ];
            if (points.Count > 0)
            {
                curves.Add(new ChunkSizeCurve(curve.Strategy, curve.Transform, curve.Degree, curve.Rows, processorCount, points));
            }
        }

        return curves;
    }
}
