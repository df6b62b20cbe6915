using System.Collections.Concurrent;
using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Strategies;

/// <summary>
/// <c>Parallel.ForEach</c> over row ranges of the chunk size (<c>Partitioner.Create(0, n, chunk)</c>), with
/// <c>MaxDegreeOfParallelism</c> set to the degree: the analogue of the notebook's <c>multiprocessing.Pool</c>.
/// </summary>
public sealed class ParallelForStrategy : IExecutionStrategy
{
    /// <inheritdoc />
    public string Name => "parallel-for";

    /// <inheritdoc />
    public string DefaultPartitioning =>
        "Parallel.For over single rows: its own dynamic partitioning hands each worker growing ranges of rows";

    /// <inheritdoc />
    public double[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var run = new ChunkRun(Name, data, transform, cancellationToken);
        if (run.RowCount == 0)
        {
            return run.Finish();
        }

        var parallelOptions = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.DegreeOfParallelism,
            CancellationToken = run.StopToken,
        };

        try
        {
            if (options.ChunkSize == 0)
            {
                Parallel.For(0, run.RowCount, parallelOptions, row => run.Execute(row, row + 1));
            }
            else
            {
                var ranges = Partitioner.Create(0, run.RowCount, options.ChunkSize);
                Parallel.ForEach(ranges, parallelOptions, range => run.Execute(range.Item1, range.Item2));
            }
        }
        catch (OperationCanceledException) when (run.IsStopped)
        {
            // A failed row or the caller stopped the loop; Finish says which.
        }

        return run.Finish();
    }
}
