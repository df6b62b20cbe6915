using System.Buffers;
using Orleans.Concurrency;
using RowBench.Data;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Distributed.Grains;

/// <summary>
/// Runs one chunk at a time per activation, sequentially: the parallelism is the number of chunks in flight over the
/// cluster (the degree), as for Dask's tasks. Up to a processor count of activations run at once in each silo.
/// </summary>
[StatelessWorker]
internal sealed class ChunkWorkerGrain(TransformResolver resolveTransform, Workers.WorkerLimits limits) : Grain, IChunkWorker
{
    private static readonly SequentialStrategy Sequential = new();
    private static readonly StrategyOptions OneThread = new() { DegreeOfParallelism = 1 };

    public Task<ChunkResult> TransformRows(RowChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return Task.FromResult(Refuse(chunk.Build, chunk.Transform) ?? Transform(chunk.Transform, chunk.ToDataSet()));
    }

    public Task<ChunkResult> TransformFileSlice(FileSliceChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (Refuse(chunk.Build, chunk.Transform) is { } refused)
        {
            return Task.FromResult(refused);
        }

        return Task.FromResult(chunk.ValueType switch
        {
            RowValueType.Byte => TransformSlice<byte>(chunk),
            RowValueType.Double => TransformSlice<double>(chunk),
            _ => TransformSlice<int>(chunk),
        });
    }

    public Task<int> Ping() => Task.FromResult(Environment.ProcessId);

    /// <summary>A refusal when the caller's build of the transform is not this worker's (a stale worker must not compute features).</summary>
    private ChunkResult? Refuse(string callerBuild, string transform) =>
        BuildIdentity.Refusal(callerBuild, resolveTransform(transform)) is { } refusal
            ? new ChunkResult { Failure = refusal, FailureKind = ChunkFailureKind.OtherBuild, WorkerProcessId = Environment.ProcessId }
            : null;

    private ChunkResult TransformSlice<T>(FileSliceChunk chunk)
        where T : unmanaged
    {
        if (limits.Refuse(chunk.Path, chunk.Offset, chunk.Length, chunk.ColumnCount, chunk.Lines) is { } refusal)
        {
            return new ChunkResult { Failure = refusal, FailureKind = ChunkFailureKind.Refused, WorkerProcessId = Environment.ProcessId };
        }

        T[] values = ArrayPool<T>.Shared.Rent(Math.Max(1, (int)Math.Min((long)chunk.Lines, chunk.Length / (2L * Math.Max(1, chunk.ColumnCount))) * chunk.ColumnCount));
        try
        {
            int rows;
            try
            {
                rows = CsvRowReader.ParseSlice<T>(chunk.Path, chunk.Offset, chunk.Length, chunk.FirstLine, chunk.Lines, chunk.ColumnCount, values);
            }
            catch (DataFormatException ex)
            {
                return new ChunkResult
                {
                    Failure = ex.Problem,
                    FailureKind = ChunkFailureKind.BadData,
                    FailedLine = ex.Line ?? 0,
                    FailedColumn = ex.Column ?? 0,
                    WorkerProcessId = Environment.ProcessId,
                };
            }

            RowDataSet data = RowDataSet.Over(new ArraySegment<T>(values, 0, rows * chunk.ColumnCount), rows, chunk.ColumnCount);
            return Transform(chunk.Transform, data);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(values);
        }
    }

    private ChunkResult Transform(string name, RowDataSet data)
    {
        try
        {
            double[] features = Sequential.Run(data, resolveTransform(name), OneThread);
            return new ChunkResult { Features = features, WorkerProcessId = Environment.ProcessId };
        }
        catch (RowTransformException ex)
        {
            Exception cause = ex.InnerException ?? ex;
            return new ChunkResult
            {
                Failure = cause.Message,
                FailureKind = ChunkFailureKind.TransformFailed,
                FailedRow = ex.Row,
                ExceptionType = cause.GetType().Name,
                WorkerProcessId = Environment.ProcessId,
            };
        }
    }
}
