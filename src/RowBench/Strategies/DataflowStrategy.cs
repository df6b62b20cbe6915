using System.Threading.Tasks.Dataflow;
using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Strategies;

/// <summary>
/// A TPL Dataflow task graph, the analogue of Dask's <c>delayed</c> + <c>compute</c>: the rows are split into chunk
/// tasks, a transform block runs them (<c>MaxDegreeOfParallelism</c> = degree, bounded capacity), and a gather block
/// assembles each task's result into the output in row order.
/// </summary>
/// <remarks>
/// In Dask terms: each <see cref="RowRange"/> posted is a <c>delayed(process_chunk)(rows)</c>, the transform block is
/// the scheduler's worker pool, and the gather block is <c>compute(*tasks)</c> concatenating the partial results.
/// Each task returns its own array, as a Dask task does, so this strategy pays what a task graph pays per task.
/// </remarks>
public sealed class DataflowStrategy : IExecutionStrategy
{
    /// <inheritdoc />
    public string Name => "dataflow";

    /// <inheritdoc />
    public string DefaultPartitioning =>
        "rows ÷ (3 × degree) per task, rounded up: three tasks per worker, the rule of .NET's range partitioner";

    /// <summary>The chunk size that 0 stands for: three tasks per worker.</summary>
    public static int DefaultChunkSize(int rowCount, int degreeOfParallelism) =>
        Math.Max(1, (int)Math.Ceiling(rowCount / (3.0 * degreeOfParallelism)));

    /// <inheritdoc />
    public int[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var run = new ChunkRun(Name, data, transform, cancellationToken);
        if (run.RowCount > 0)
        {
            int chunkSize = options.ChunkSizeFor(run.RowCount, DefaultChunkSize(run.RowCount, options.DegreeOfParallelism));
            RunGraphAsync(run, chunkSize, options.DegreeOfParallelism).GetAwaiter().GetResult();
        }

        return run.Finish();
    }

    private static async Task RunGraphAsync(ChunkRun run, int chunkSize, int degree)
    {
        var compute = new TransformBlock<RowRange, ChunkResult>(
            range =>
            {
                var values = new int[range.Length];
                run.Execute(range.Start, range.End, values);
                return new ChunkResult(range.Start, values);
            },
            new ExecutionDataflowBlockOptions
            {
                MaxDegreeOfParallelism = degree,
                // Enough queued tasks to keep every worker busy, few enough that the producer waits (back-pressure).
                BoundedCapacity = 2 * degree,
                CancellationToken = run.StopToken,
                SingleProducerConstrained = true,
            });
        var gather = new ActionBlock<ChunkResult>(
            result => result.Values.CopyTo(run.Results, result.Start),
            new ExecutionDataflowBlockOptions { BoundedCapacity = 2 * degree, CancellationToken = run.StopToken });
        compute.LinkTo(gather, new DataflowLinkOptions { PropagateCompletion = true });

        try
        {
            for (int start = 0; start < run.RowCount; start += chunkSize)
            {
                var range = new RowRange(start, Math.Min(run.RowCount, start + chunkSize));
                if (!await compute.SendAsync(range, run.StopToken).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (run.IsStopped)
        {
            // A failed row or the caller stopped the graph; Finish says which.
        }
        finally
        {
            compute.Complete();
            try
            {
                // Both blocks, so that no task of the graph is still running when Run returns.
                await Task.WhenAll(compute.Completion, gather.Completion).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (run.IsStopped)
            {
            }
        }
    }

    private readonly record struct RowRange(int Start, int End)
    {
        public int Length => End - Start;
    }

    private sealed record ChunkResult(int Start, int[] Values);
}
