using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// Keeps the <c>Sequential</c> benchmark of <see cref="StrategyBenchmarks"/> and <see cref="OverheadBenchmarks"/> at
/// the smallest chunk size and degree of the grid only: it depends on neither, so the other cases would measure the
/// same thing again. BenchmarkDotNet has no attribute for this; its maintainers' answer is a filter.
/// </summary>
internal sealed class SequentialOncePerTransformFilter : IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Descriptor.WorkloadMethod.Name != nameof(StrategyBenchmarks.Sequential))
        {
            return true;
        }

        (IEnumerable<int> chunkSizes, IEnumerable<int> degrees) = benchmarkCase.Descriptor.Type == typeof(StrategyBenchmarks)
            ? (SuiteGrid.ChunkSizes, SuiteGrid.Degrees)
            : benchmarkCase.Descriptor.Type == typeof(OverheadBenchmarks)
                ? (OverheadBenchmarks.ChunkSizeValues, SuiteGrid.OverheadDegrees)
                : ([], []);
        return !chunkSizes.Any()
            || (Equals(benchmarkCase.Parameters[nameof(StrategyBenchmarks.ChunkSize)], chunkSizes.Min())
                && Equals(benchmarkCase.Parameters[nameof(StrategyBenchmarks.DegreeOfParallelism)], degrees.Min()));
    }
}
