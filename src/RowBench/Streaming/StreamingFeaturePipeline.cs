using System.Buffers;
using System.Threading.Tasks.Dataflow;
using RowBench.Data;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Streaming;

/// <summary>
/// Computes the features of a CSV file of any size in bounded memory, in row order: a TPL Dataflow pipeline of
/// read → transform → write, where every block is bounded, so a slow stage holds up the ones before it
/// (back-pressure) instead of letting a queue grow. Each batch is transformed by the chosen strategy with its chunk
/// size and degree, while the next batch is parsed and the previous one written.
/// </summary>
/// <remarks>
/// In flight at most: one batch being read, <see cref="StreamingOptions.QueuedBatches"/> + 1 at the transform, and
/// as many at the writer; each batch's values are rented from the array pool and returned once transformed.
/// </remarks>
public static class StreamingFeaturePipeline
{
    /// <summary>
    /// Streams every row of <paramref name="reader"/> through <paramref name="transform"/> under
    /// <paramref name="strategy"/> and hands the features, in row order, to <paramref name="write"/>
    /// (first row index, features). Returns the number of rows.
    /// </summary>
    /// <exception cref="DataFormatException">A cell or row of the file is bad; the rows before it may have been written.</exception>
    /// <exception cref="RowTransformException">The transform threw; the exception names the row in the whole file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<long> RunAsync(
        CsvRowReader reader,
        IExecutionStrategy strategy,
        IRowTransform transform,
        StrategyOptions strategyOptions,
        Action<long, ReadOnlySpan<double>> write,
        StreamingOptions? streamingOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(strategyOptions);
        ArgumentNullException.ThrowIfNull(write);
        // The file is read in the row type the transform takes: integers if it can, else decimals, else bytes.
        return RowTransformContract.CsvRowTypeFor(transform) switch
        {
            RowValueType.Byte => await RunAsync<byte>(reader, strategy, transform, strategyOptions, write, streamingOptions, cancellationToken).ConfigureAwait(false),
            RowValueType.Double => await RunAsync<double>(reader, strategy, transform, strategyOptions, write, streamingOptions, cancellationToken).ConfigureAwait(false),
            _ => await RunAsync<int>(reader, strategy, transform, strategyOptions, write, streamingOptions, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<long> RunAsync<T>(
        CsvRowReader reader,
        IExecutionStrategy strategy,
        IRowTransform transform,
        StrategyOptions strategyOptions,
        Action<long, ReadOnlySpan<double>> write,
        StreamingOptions? streamingOptions,
        CancellationToken cancellationToken)
        where T : unmanaged
    {
        StreamingOptions options = streamingOptions ?? StreamingOptions.Default;
        int columns = reader.ColumnCount;
        int batchRows = options.BatchRowsFor(strategyOptions.ChunkSize, strategyOptions.DegreeOfParallelism, columns);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var compute = new TransformBlock<RowBatch<T>, FeatureBatch>(
            batch =>
            {
                try
                {
                    RowDataSet data = Wrap(new ArraySegment<T>(batch.Values, 0, batch.Rows * columns), batch.Rows, columns);
                    // Cut per batch, by the rows it holds: a small file or the last batch is split among the workers too.
                    StrategyOptions withinBatch = StreamingOptions.ChunkSizeWithinBatch(strategyOptions, batch.Rows);
                    return new FeatureBatch(batch.FirstRow, strategy.Run(data, transform, withinBatch, stop.Token));
                }
                catch (RowTransformException ex)
                {
                    // The strategy counts rows within the batch; the caller wants the row of the file.
                    throw new RowTransformException(ex.Strategy, batch.FirstRow + ex.Row, ex.InnerException!);
                }
                finally
                {
                    batch.Return();
                }
            },
            new ExecutionDataflowBlockOptions
            {
                // The strategy parallelises inside a batch; batches go one at a time so that they stay in order.
                MaxDegreeOfParallelism = 1,
                BoundedCapacity = options.QueuedBatches + 1,
                CancellationToken = stop.Token,
                SingleProducerConstrained = true,
            });
        var writer = new ActionBlock<FeatureBatch>(
            batch => write(batch.FirstRow, batch.Features),
            new ExecutionDataflowBlockOptions { BoundedCapacity = options.QueuedBatches + 1, CancellationToken = stop.Token });
        compute.LinkTo(writer, new DataflowLinkOptions { PropagateCompletion = true });

        // Completion only flows downstream: a failing writer (a full disk) must stop the stages before it, or the
        // transform would fill its bounded output and the reader would wait on it for ever.
        _ = writer.Completion.ContinueWith(_ => CancelQuietly(stop), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _ = compute.Completion.ContinueWith(_ => CancelQuietly(stop), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

        long rowsRead = 0;
        Exception? readFailure = null;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                T[] values = ArrayPool<T>.Shared.Rent(batchRows * columns);
                int rows;
                try
                {
                    rows = reader.ReadRowsOf(values.AsSpan(0, batchRows * columns));
                }
                catch
                {
                    ArrayPool<T>.Shared.Return(values);
                    throw;
                }

                if (rows == 0)
                {
                    ArrayPool<T>.Shared.Return(values);
                    break;
                }

                var batch = new RowBatch<T>(rowsRead, rows, values);
                if (!await compute.SendAsync(batch, stop.Token).ConfigureAwait(false))
                {
                    batch.Return();
                    break;
                }

                rowsRead += rows;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            readFailure = ex;
            await stop.CancelAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled by the caller or stopped by a failing block; both are reported below.
        }

        compute.Complete();
        try
        {
            // Every block has finished when this returns, whatever happened: nothing is left running.
            await Task.WhenAll(compute.Completion, writer.Completion).ConfigureAwait(false);
        }
        catch (Exception) when (readFailure is not null || cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception)
        {
            // A failing block: report its own exception, not the cancellation it caused downstream.
            throw FirstFault(compute.Completion, writer.Completion);
        }

        if (readFailure is not null)
        {
            throw readFailure;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return rowsRead;
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run has already ended and disposed it: there is nothing left to stop.
        }
    }

    private static Exception FirstFault(params Task[] tasks) =>
        tasks.Where(task => task.IsFaulted).Select(task => task.Exception!.InnerExceptions[0]).FirstOrDefault()
        ?? new OperationCanceledException("The pipeline was stopped.");

    private static RowDataSet Wrap<T>(ArraySegment<T> values, int rows, int columns) => values switch
    {
        ArraySegment<byte> bytes => new ByteRowDataSet(bytes, rows, columns),
        ArraySegment<double> doubles => new DoubleRowDataSet(doubles, rows, columns),
        ArraySegment<int> integers => new Int32RowDataSet(integers, rows, columns),
        _ => throw new NotSupportedException($"Rows of {typeof(T).Name} are not read."),
    };

    private sealed record RowBatch<T>(long FirstRow, int Rows, T[] Values)
    {
        public void Return() => ArrayPool<T>.Shared.Return(Values);
    }

    private sealed record FeatureBatch(long FirstRow, double[] Features);
}
