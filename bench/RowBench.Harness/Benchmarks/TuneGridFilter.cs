using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Benchmarks;

/// <summary>Keeps the sweep's cases that lie on a curve of <see cref="TuneGrid"/>: each curve has its own chunk sizes.</summary>
internal sealed class TuneGridFilter : IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Descriptor.Type != typeof(ChunkSizeSweepBenchmarks))
        {
            return true;
        }

        var parameters = benchmarkCase.Parameters;
        return TuneGrid.Contains(
            (string)parameters[nameof(ChunkSizeSweepBenchmarks.Strategy)],
            (string)parameters[nameof(ChunkSizeSweepBenchmarks.Transform)],
            (int)parameters[nameof(ChunkSizeSweepBenchmarks.DegreeOfParallelism)],
            (int)parameters[nameof(ChunkSizeSweepBenchmarks.Rows)],
            (int)parameters[nameof(ChunkSizeSweepBenchmarks.ChunkSize)]);
    }
}
