using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// Keeps the in-process cases of the distributed benchmarks (parallel-for beside the cluster, the serialisation of
/// one chunk) at the first worker count and the rows data path only: they use neither, so the other cases would
/// measure the same thing again.
/// </summary>
internal sealed class InProcessCaseOnceFilter : IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        bool inProcess = (benchmarkCase.Descriptor.Type == typeof(DistributedBenchmarks) && method == nameof(DistributedBenchmarks.ParallelFor))
            || (benchmarkCase.Descriptor.Type == typeof(DistributedCallBenchmarks) && method == nameof(DistributedCallBenchmarks.SerializeChunk));
        if (!inProcess || SuiteGrid.DistributedWorkers.Count == 0)
        {
            return true;
        }

        return Equals(benchmarkCase.Parameters[nameof(DistributedBenchmarks.Workers)], SuiteGrid.DistributedWorkers.Min())
            && (benchmarkCase.Descriptor.Type != typeof(DistributedBenchmarks) || Equals(benchmarkCase.Parameters[nameof(DistributedBenchmarks.DataPath)], DistributedBenchmarks.RowsPath));
    }
}
