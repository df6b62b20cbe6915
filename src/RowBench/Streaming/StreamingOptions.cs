using RowBench.Strategies;

namespace RowBench.Streaming;

/// <summary>How much a streaming run holds in memory: rows per batch and batches queued between stages.</summary>
/// <param name="BatchRows">About the rows read, transformed and written as one unit: the file is cut into blocks of
/// whole lines of about this many rows (estimated from the first row's length). The default is 8,192.</param>
/// <param name="QueuedBatches">Batches each bounded block holds besides the one it is working on. The default is 2.</param>
/// <param name="Parsers">Blocks parsed at once, on as many threads; at most the processor count. The default is 4.</param>
public sealed record StreamingOptions(int BatchRows = 8_192, int QueuedBatches = 2, int Parsers = 4)
{
    /// <summary>The defaults: 8,192 rows per batch, 2 batches queued per stage.</summary>
    public static StreamingOptions Default { get; } = new();

    /// <summary>
    /// The batch for a strategy: at least four chunks per worker, so that the strategy can balance its load inside a
    /// batch, and no more than about 4 million values (16 MB), so that memory stays bounded whatever the row length.
    /// </summary>
    public int BatchRowsFor(int chunkSize, int degree, int columns)
    {
        long wanted = Math.Max(BatchRows, 4L * Math.Max(1, chunkSize) * degree);
        long capped = Math.Min(wanted, Math.Max(1, (4L << 20) / Math.Max(1, columns)));
        return (int)Math.Max(1, capped);
    }

    /// <summary>
    /// The strategy options for one batch: a chunk size larger than the batch's share per worker is cut to that share
    /// (rows ÷ degree, rounded up), since batches run one after another and a chunk as large as the batch would leave
    /// every worker but one idle. A tuning's 4,670 rows for 9,339 becomes 512 in a 1,024-row batch at degree 2.
    /// </summary>
    public static StrategyOptions ChunkSizeWithinBatch(StrategyOptions options, int batchRows)
    {
        ArgumentNullException.ThrowIfNull(options);
        int share = Math.Max(1, (batchRows + options.DegreeOfParallelism - 1) / options.DegreeOfParallelism);
        return options.ChunkSize > share ? options with { ChunkSize = share } : options;
    }
}
