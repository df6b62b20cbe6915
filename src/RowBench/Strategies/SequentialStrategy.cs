using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Strategies;

/// <summary>A plain loop over the rows on the calling thread: the baseline every speed-up is measured against.</summary>
public sealed class SequentialStrategy : IExecutionStrategy
{
    /// <inheritdoc />
    public string Name => "sequential";

    /// <inheritdoc />
    public string DefaultPartitioning => "one loop over all rows; chunk size and degree do not apply";

    /// <inheritdoc />
    public double[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var run = new ChunkRun(Name, data, transform, cancellationToken);
        run.Execute(0, run.RowCount);
        return run.Finish();
    }
}
