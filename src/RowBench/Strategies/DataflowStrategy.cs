using System.Threading.Tasks.Dataflow;
using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Strategies;

/// <summary>
/// A TPL Dataflow task graph, the analogue of Dask's <c>delayed</c> + <c>compute</c>: the rows are split into chunk
/// tasks, a block runs them (<c>MaxDegreeOfParallelism</c> = degree, bounded capacity), and each task's own result
/// array is gathered into the output in row order.
/// </summary>
/// <remarks>
/// In Dask terms: each <see cref="RowRange"/> posted is a <c>delayed(process_chunk)(rows)</c>, the block is the
/// scheduler's worker pool, and the gather is <c>compute(*tasks)</c> concatenating the partial results.
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
    public double[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var run = new ChunkRun(Name, data, transform, cancellationToken);
        if (run.RowCount > 0)
        {
            int chunkSize = options.ChunkSizeFor(run.RowCount, DefaultChunkSize(run.RowCount, options.DegreeOfParallelism));
            RunGraph(run, chunkSize, options.DegreeOfParallelism);
        }

        return run.Finish();
    }

    /// <summary>
    /// The calling thread posts the chunk tasks and waits when the bounded block is full; each task's result is
    /// gathered into place as it completes. The graph so needs exactly <paramref name="degree"/> pool threads: a
    /// producer or gather block of its own would need more, and on a machine with as many pool threads as cores
    /// those wait for the pool to grow, which stalls the graph for milliseconds at a time.
    /// </summary>
    private static void RunGraph(ChunkRun run, int chunkSize, int degree)
    {
        var compute = new ActionBlock<RowRange>(
            range =>
            {
                // delayed(process_chunk)(rows): the task computes its own result...
                var values = new double[range.Length];
                run.Execute(range.Start, range.End, values);

                // ...and compute() gathers it into its place in row order.
                values.CopyTo(run.Results, range.Start);
            },
            new ExecutionDataflowBlockOptions
            {
                MaxDegreeOfParallelism = degree,
                // Enough tasks queued to keep every worker busy, few enough that posting waits (back-pressure).
                BoundedCapacity = 2 * degree,
                CancellationToken = run.StopToken,
                SingleProducerConstrained = true,
            });

        try
        {
            for (int start = 0; start < run.RowCount; start += chunkSize)
            {
                var range = new RowRange(start, Math.Min(run.RowCount, start + chunkSize));
                // Synchronously: an await would need one more pool thread to resume on.
                if (!compute.SendAsync(range, run.StopToken).GetAwaiter().GetResult())
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
                // So that no task of the graph is still running when Run returns.
                compute.Completion.GetAwaiter().GetResult();
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

}
