using RowBench.Data;
using RowBench.Distributed.Grains;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Distributed;

/// <summary>
/// The second data path: only row ranges cross the process boundary. This process cuts the file into slices of whole
/// lines (as it would for streaming, without parsing them) and sends each worker the byte range, first line and line
/// count of a slice; the worker reads and parses the slice itself, as Dask's workers read their own partitions of a
/// file they can all reach. At most the degree of slices are in flight; results are written in row order.
/// </summary>
public static class DistributedFileRun
{
    /// <summary>Rows per slice at chunk size 0: the streaming pipeline's batch.</summary>
    public const int DefaultSliceRows = 8_192;

    /// <summary>
    /// Transforms every row of <paramref name="reader"/>'s file on the cluster and hands the features, in row order,
    /// to <paramref name="write"/> (first row index, features). Returns the number of rows.
    /// </summary>
    /// <exception cref="DataFormatException">A cell or row is bad; the message names the file, line and column.</exception>
    /// <exception cref="RowTransformException">The transform threw; the exception names the row in the whole file.</exception>
    /// <exception cref="DistributedClusterException">Every worker stopped before the run was done.</exception>
    public static async Task<long> RunAsync(
        IChunkCluster cluster, CsvRowReader reader, IRowTransform transform, StrategyOptions options, Action<long, ReadOnlySpan<double>> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(write);
        string path = Path.GetFullPath(reader.Path);
        RowValueType valueType = RowTransformContract.CsvRowTypeFor(transform);
        string build = BuildIdentity.Of(transform);
        int sliceRows = options.ChunkSize > 0 ? options.ChunkSize : DefaultSliceRows;
        int sliceBytes = (int)Math.Clamp((long)sliceRows * reader.FirstRowBytes, 1, 64L << 20);
        var inFlight = new Queue<Task<ChunkResult>>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long rows = 0, slice = 0;
        try
        {
            while (true)
            {
                CsvBlock? block = reader.NextBlock(sliceBytes);
                if (block is not null)
                {
                    if (block.FileOffset < 0)
                    {
                        block.Return();
                        throw new DataFormatException(reader.Path, "is UTF-16 or ends its lines with a lone CR, and workers read slices of the file's own bytes; save it as UTF-8 with LF or CR LF, or use --data-path rows");
                    }

                    var request = new FileSliceChunk
                    {
                        Transform = transform.Name,
                        Build = build,
                        Path = path,
                        Offset = block.FileOffset,
                        Length = block.Length - block.Start,
                        FirstLine = block.FirstLine,
                        Lines = block.Lines,
                        ColumnCount = reader.ColumnCount,
                        ValueType = valueType,
                    };
                    block.Return();
                    long index = slice++;
                    inFlight.Enqueue(ChunkDispatcher.CallAsync(cluster, index, worker => worker.TransformFileSlice(request), stop.Token));
                }

                // The oldest slice is written as soon as it is back and the window is full (or the file read).
                while (inFlight.Count > 0 && (block is null || inFlight.Count >= options.DegreeOfParallelism))
                {
                    double[] features = ChunkDispatcher.FeaturesOf(await inFlight.Dequeue().ConfigureAwait(false), rows, reader.Path);
                    write(rows, features);
                    rows += features.Length;
                    reader.CountRows(features.Length);
                }

                if (block is null)
                {
                    return rows;
                }
            }
        }
        finally
        {
            // A failure leaves nothing running behind it.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(inFlight).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first failure is the one thrown.
            }
        }
    }
}
