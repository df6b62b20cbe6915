using RowBench.Data;
using RowBench.Distributed.Grains;
using RowBench.Distributed.Workers;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Distributed;

/// <summary>
/// The chunk graph on a cluster: each chunk of rows is a grain call to a worker process, shipped with its rows; at
/// most the degree of chunks are in flight at once, and the results are put back in row order. A chunk lost with a
/// worker is sent again to the others, so no row is lost or counted twice.
/// </summary>
public sealed class DistributedStrategy(IChunkCluster cluster) : IExecutionStrategy
{
    /// <summary>The strategy's name on the command line and in reports.</summary>
    public const string StrategyName = "distributed";

    /// <summary>Chunk size 0: four chunks per task in flight, so that a slow worker or a retried chunk does not hold up the end.</summary>
    public const int ChunksPerTaskInFlight = 4;

    public string Name => StrategyName;

    public string DefaultPartitioning => $"rows ÷ ({ChunksPerTaskInFlight} × degree) rows per call";

    public double[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(data, transform, options, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Runs every chunk on the cluster; see <see cref="IExecutionStrategy.Run"/>.</summary>
    /// <exception cref="ChunkTooLargeException">A chunk's rows would not fit in one message.</exception>
    /// <exception cref="DistributedClusterException">Every worker stopped before the run was done.</exception>
    public async Task<double[]> RunAsync(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(options);
        // The row type is matched here, before anything is sent: a transform that does not take it fails as it does in one process.
        _ = data.Bind(transform);
        var results = new double[data.RowCount];
        if (data.RowCount == 0)
        {
            return results;
        }

        int chunkSize = ChunkSizeFor(data.RowCount, options);
        long rowBytes = data.SizeInBytes / data.RowCount;
        if ((long)chunkSize * rowBytes > ClusterSettings.MaxMessageBodyBytes - ClusterSettings.MessageOverheadBytes)
        {
            long fits = Math.Max(1, (ClusterSettings.MaxMessageBodyBytes - ClusterSettings.MessageOverheadBytes) / Math.Max(1, rowBytes));
            throw new ChunkTooLargeException(
                $"a chunk of {chunkSize:N0} rows is {(double)chunkSize * rowBytes / (1 << 20):N1} MiB, over the {ClusterSettings.MaxMessageBodyBytes >> 20} MiB a message may carry; use --chunk-size {fits:N0} or less.");
        }

        int chunks = (data.RowCount + chunkSize - 1) / chunkSize;
        string build = BuildIdentity.Of(transform);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, chunks), parallel, async (chunk, token) =>
        {
            int first = chunk * chunkSize, count = Math.Min(chunkSize, data.RowCount - first);
            RowChunk request = Slice(data, transform.Name, build, first, count);
            ChunkResult result = await ChunkDispatcher.CallAsync(cluster, chunk, worker => worker.TransformRows(request), token).ConfigureAwait(false);
            double[] features = ChunkDispatcher.FeaturesOf(result, first);
            if (features.Length != count)
            {
                throw new DistributedClusterException($"chunk {chunk} came back with {features.Length} features for {count} rows.");
            }

            features.CopyTo(results, first);
        }).ConfigureAwait(false);
        return results;
    }

    /// <summary>The chunk size for <paramref name="rows"/> rows: the option's, or <see cref="DefaultPartitioning"/>'s.</summary>
    public static int ChunkSizeFor(int rows, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int byDefault = (int)Math.Max(1, (rows + ((long)ChunksPerTaskInFlight * options.DegreeOfParallelism) - 1) / ((long)ChunksPerTaskInFlight * options.DegreeOfParallelism));
        return Math.Max(1, Math.Min(options.ChunkSize > 0 ? options.ChunkSize : byDefault, rows));
    }

    /// <summary>A copy of rows [first, first + count) to ship: Orleans serialises arrays, not spans.</summary>
    private static RowChunk Slice(RowDataSet data, string transform, string build, int first, int count)
    {
        int columns = data.ColumnCount;
        return data switch
        {
            ByteRowDataSet bytes => new RowChunk { Transform = transform, Build = build, FirstRow = first, RowCount = count, ColumnCount = columns, Bytes = bytes.Values.Slice(first * columns, count * columns).ToArray() },
            Int32RowDataSet integers => new RowChunk { Transform = transform, Build = build, FirstRow = first, RowCount = count, ColumnCount = columns, Integers = integers.Values.Slice(first * columns, count * columns).ToArray() },
            DoubleRowDataSet doubles => new RowChunk { Transform = transform, Build = build, FirstRow = first, RowCount = count, ColumnCount = columns, Doubles = doubles.Values.Slice(first * columns, count * columns).ToArray() },
            _ => throw new NotSupportedException($"Rows of {data.ValueType} are not shipped."),
        };
    }
}
