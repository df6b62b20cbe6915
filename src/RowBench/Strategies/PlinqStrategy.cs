using System.Collections.Concurrent;
using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Strategies;

/// <summary>PLINQ over chunks of rows, with <c>WithDegreeOfParallelism</c> set to the degree.</summary>
public sealed class PlinqStrategy : IExecutionStrategy
{
    /// <inheritdoc />
    public string Name => "plinq";

    /// <inheritdoc />
    public string DefaultPartitioning =>
        "ParallelEnumerable.Range over single rows: static range partitioning, one contiguous block of rows ÷ degree per worker";

    /// <inheritdoc />
    public double[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var run = new ChunkRun(Name, data, transform, cancellationToken);
        if (run.RowCount == 0)
        {
            return run.Finish();
        }

        try
        {
            if (options.ChunkSize == 0)
            {
                ParallelEnumerable.Range(0, run.RowCount)
                    .WithDegreeOfParallelism(options.DegreeOfParallelism)
                    .WithCancellation(run.StopToken)
                    .ForAll(row => run.Execute(row, row + 1));
            }
            else
            {
                // The range partitioner hands chunks out on demand, so a slow chunk does not hold up the others.
                Partitioner.Create(0, run.RowCount, options.ChunkSize)
                    .AsParallel()
                    .WithDegreeOfParallelism(options.DegreeOfParallelism)
                    .WithCancellation(run.StopToken)
                    .ForAll(range => run.Execute(range.Item1, range.Item2));
            }
        }
        catch (OperationCanceledException) when (run.IsStopped)
        {
            // A failed row or the caller stopped the query; Finish says which.
        }

        return run.Finish();
    }
}
