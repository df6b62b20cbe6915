using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Strategies;

/// <summary>
/// A way of running a transform over every row of a data set: sequentially, or in parallel over chunks of rows.
/// Every strategy returns one value per row, in row order, identical to the sequential result.
/// </summary>
public interface IExecutionStrategy
{
    /// <summary>The name used on the command line and in reports, such as <c>parallel-for</c>.</summary>
    string Name { get; }

    /// <summary>What chunk size 0 means for this strategy, in a sentence for help texts and reports.</summary>
    string DefaultPartitioning { get; }

    /// <summary>Runs <paramref name="transform"/> over every row of <paramref name="data"/>.</summary>
    /// <returns>One value per row, in row order (a transform's <c>int</c> results converted exactly).</returns>
    /// <exception cref="RowTransformException">The transform threw; the exception names this strategy and the row.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException"><paramref name="transform"/> does not take the data set's row type.</exception>
    double[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default);
}
