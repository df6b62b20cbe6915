namespace RowBench.Analysis.Summary;

/// <summary>A CSV file end to end, streamed and read whole first: throughput and peak resident memory of each.</summary>
/// <param name="CsvBytes">The file's size, when the run recorded it: what MB/s are computed from.</param>
public sealed record StreamingRow(
    string Job,
    string Transform,
    int Rows,
    double InMemoryNanoseconds,
    double StreamingNanoseconds,
    long? InMemoryPeakBytes,
    long? StreamingPeakBytes,
    long? CsvBytes = null)
{
    /// <summary>Bytes of CSV per second through the streaming pipeline, when the file's size is known.</summary>
    public double? StreamingBytesPerSecond => CsvBytes / (StreamingNanoseconds * 1e-9);

    /// <summary>Bytes of CSV per second read whole first, when the file's size is known.</summary>
    public double? InMemoryBytesPerSecond => CsvBytes / (InMemoryNanoseconds * 1e-9);

    /// <summary>Rows per second read, transformed and written by the in-memory path.</summary>
    public double InMemoryRowsPerSecond => Rows / (InMemoryNanoseconds * 1e-9);

    /// <summary>Rows per second through the streaming pipeline.</summary>
    public double StreamingRowsPerSecond => Rows / (StreamingNanoseconds * 1e-9);

    /// <summary>Streaming throughput as a fraction of the in-memory path's: the target is at least 0.8.</summary>
    public double ThroughputRatio => InMemoryNanoseconds / StreamingNanoseconds;
}
