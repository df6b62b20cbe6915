using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks.Dataflow;
using RowBench.Data;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Streaming;

/// <summary>
/// Computes the features of a CSV file of any size in bounded memory, in row order: a TPL Dataflow pipeline of
/// read → parse → transform → write, where every block is bounded, so a slow stage holds up the ones before it
/// (back-pressure) instead of letting a queue grow. The file is read as blocks of whole lines, which are parsed on
/// several threads at once and handed on in file order; each batch is transformed by the chosen strategy with its
/// chunk size and degree, while the next ones are parsed and the previous one written.
/// </summary>
/// <remarks>
/// In flight at most: one block being read, <see cref="StreamingOptions.Parsers"/> + <see cref="StreamingOptions.QueuedBatches"/>
/// at the parsers, <see cref="StreamingOptions.QueuedBatches"/> + 1 at the transform, and as many at the writer; each
/// block's bytes and each batch's values are rented from the array pool and returned once used.
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
        // A block of about a batch's rows, as estimated from the first row's length.
        int blockBytes = (int)Math.Clamp((long)batchRows * reader.FirstRowBytes, 4_096, 64L << 20);
        // Integer rows of bytes' range go to a transform that takes bytes as bytes: the same values, a quarter of the memory.
        bool narrowToBytes = typeof(T) == typeof(int) && RowTransformContract.RowTypesOf(transform).Contains(RowValueType.Byte);
        int parsers = Math.Max(1, Math.Min(options.Parsers, Environment.ProcessorCount));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parse = new TransformBlock<CsvBlock, ParsedBatch>(
            block => ParseBlock<T>(reader, block, narrowToBytes),
            new ExecutionDataflowBlockOptions
            {
                // Blocks are parsed on several threads at once; the block hands them on in file order.
                MaxDegreeOfParallelism = parsers,
                EnsureOrdered = true,
                BoundedCapacity = parsers + options.QueuedBatches,
                CancellationToken = stop.Token,
                SingleProducerConstrained = true,
            });
        long firstRow = 0;
        var compute = new TransformBlock<ParsedBatch, FeatureBatch>(
            batch =>
            {
                try
                {
                    // In file order: the first bad block met is the first in the file, whatever thread parsed it.
                    if (batch.Failure is { } failure)
                    {
                        throw failure;
                    }

                    long batchFirstRow = firstRow;
                    firstRow += batch.Data!.RowCount;
                    reader.CountRows(batch.Data.RowCount);
                    try
                    {
                        // Cut per batch, by the rows it holds: a small file or the last batch is split among the workers too.
                        StrategyOptions withinBatch = StreamingOptions.ChunkSizeWithinBatch(strategyOptions, batch.Data.RowCount);
                        return new FeatureBatch(batchFirstRow, strategy.Run(batch.Data, transform, withinBatch, stop.Token));
                    }
                    catch (RowTransformException ex)
                    {
                        // The strategy counts rows within the batch; the caller wants the row of the file.
                        throw new RowTransformException(ex.Strategy, batchFirstRow + ex.Row, ex.InnerException!);
                    }
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
        parse.LinkTo(compute, new DataflowLinkOptions { PropagateCompletion = true });
        compute.LinkTo(writer, new DataflowLinkOptions { PropagateCompletion = true });

        // Completion only flows downstream: a failing writer (a full disk) must stop the stages before it, or the
        // transform would fill its bounded output and the reader would wait on it for ever.
        foreach (Task completion in new[] { writer.Completion, compute.Completion, parse.Completion })
        {
            _ = completion.ContinueWith(_ => CancelQuietly(stop), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        Exception? readFailure = null;
        try
        {
            while (!stop.IsCancellationRequested && reader.NextBlock(blockBytes) is { } block)
            {
                if (!await parse.SendAsync(block, stop.Token).ConfigureAwait(false))
                {
                    block.Return();
                    break;
                }
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

        parse.Complete();
        try
        {
            // Every block has finished when this returns, whatever happened: nothing is left running.
            await Task.WhenAll(parse.Completion, compute.Completion, writer.Completion).ConfigureAwait(false);
        }
        catch (Exception) when (readFailure is not null || cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception)
        {
            // A failing block: report its own exception, not the cancellation it caused downstream.
            throw FirstFault(compute.Completion, writer.Completion, parse.Completion);
        }

        if (readFailure is not null)
        {
            throw readFailure;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return firstRow;
    }

    /// <summary>Parses one block into rented rows; a bad cell travels with the batch, to be thrown in file order.</summary>
    private static ParsedBatch ParseBlock<T>(CsvRowReader reader, CsvBlock block, bool narrowToBytes)
        where T : unmanaged
    {
        int columns = reader.ColumnCount;
        if (narrowToBytes)
        {
            // Most often bytes straight away (what dataset writes); else integers, narrowed below if they fit.
            byte[] direct = ArrayPool<byte>.Shared.Rent(Math.Max(1, block.MaxRows(columns) * columns));
            if (reader.TryParseBytes(block, direct, out int byteRows))
            {
                block.Return();
                return new ParsedBatch(new ByteRowDataSet(new ArraySegment<byte>(direct, 0, byteRows * columns), byteRows, columns), () => ArrayPool<byte>.Shared.Return(direct), null);
            }

            ArrayPool<byte>.Shared.Return(direct);
        }

        T[] values = ArrayPool<T>.Shared.Rent(Math.Max(1, block.MaxRows(columns) * columns));
        try
        {
            int rows = reader.Parse<T>(block, values);
            var segment = new ArraySegment<T>(values, 0, rows * columns);
            if (narrowToBytes && segment.AsSpan() is var integers && MemoryMarshal.Cast<T, int>(integers).IndexOfAnyExceptInRange(0, 255) < 0)
            {
                byte[] bytes = ArrayPool<byte>.Shared.Rent(segment.Count);
                Narrow(MemoryMarshal.Cast<T, int>(integers), bytes);
                ArrayPool<T>.Shared.Return(values);
                return new ParsedBatch(new ByteRowDataSet(new ArraySegment<byte>(bytes, 0, segment.Count), rows, columns), () => ArrayPool<byte>.Shared.Return(bytes), null);
            }

            return new ParsedBatch(RowDataSet.Over(segment, rows, columns), () => ArrayPool<T>.Shared.Return(values), null);
        }
        catch (DataFormatException ex)
        {
            ArrayPool<T>.Shared.Return(values);
            return new ParsedBatch(null, () => { }, ex);
        }
        finally
        {
            block.Return();
        }
    }

    /// <summary>Integers known to be 0 to 255 as bytes, 32 at a time where vectors allow.</summary>
    private static void Narrow(ReadOnlySpan<int> values, Span<byte> bytes)
    {
        int index = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; index + 32 <= values.Length; index += 32)
            {
                Vector256<short> low = Vector256.Narrow(Vector256.Create(values[index..]), Vector256.Create(values[(index + 8)..]));
                Vector256<short> high = Vector256.Narrow(Vector256.Create(values[(index + 16)..]), Vector256.Create(values[(index + 24)..]));
                Vector256.Narrow(low.AsUInt16(), high.AsUInt16()).CopyTo(bytes[index..]);
            }
        }

        for (; index < values.Length; index++)
        {
            bytes[index] = (byte)values[index];
        }
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

    /// <summary>A parsed block: its rows, or the error met in it; <see cref="Return"/> gives its memory back.</summary>
    private sealed record ParsedBatch(RowDataSet? Data, Action Return, DataFormatException? Failure);

    private sealed record FeatureBatch(long FirstRow, double[] Features);
}
