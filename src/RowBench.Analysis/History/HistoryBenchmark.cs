namespace RowBench.History;

/// <summary>One benchmark's figures in one run of the history.</summary>
/// <param name="Key">The benchmark's full name with its parameters, as compare matches it.</param>
/// <param name="MedianNanoseconds">The run's figure: the median of its samples.</param>
/// <param name="Samples">The run's samples: one per launch when the run had several, else its measured iterations.</param>
/// <param name="Launches">How many processes measured it.</param>
public sealed record HistoryBenchmark(string Key, double MedianNanoseconds, IReadOnlyList<double> Samples, int Launches)
{
    /// <summary>The fastest sample: the bottom of the run's spread on a chart.</summary>
    public double LowNanoseconds => Samples.Count > 0 ? Samples.Min() : MedianNanoseconds;

    /// <summary>The slowest sample: the top of the run's spread on a chart.</summary>
    public double HighNanoseconds => Samples.Count > 0 ? Samples.Max() : MedianNanoseconds;
}
