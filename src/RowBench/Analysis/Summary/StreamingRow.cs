namespace RowBench.Analysis.Summary;

/// <summary>A CSV file end to end, streamed and read whole first: throughput and peak resident memory of each.</summary>
public sealed record StreamingRow(
    string Job,
    int Rows,
    double InMemoryNanoseconds,
    double StreamingNanoseconds,
    long? InMemoryPeakBytes,
    long? StreamingPeakBytes)
{
    /// <summary>Rows per second read, transformed and written by the in-memory path.</summary>
    public double InMemoryRowsPerSecond => Rows / (InMemoryNanoseconds * 1e-9);

    /// <summary>Rows per second through the streaming pipeline.</summary>
    public double StreamingRowsPerSecond => Rows / (StreamingNanoseconds * 1e-9);

    /// <summary>Streaming throughput as a fraction of the in-memory path's: the target is at least 0.8.</summary>
    public double ThroughputRatio => InMemoryNanoseconds / StreamingNanoseconds;
}
