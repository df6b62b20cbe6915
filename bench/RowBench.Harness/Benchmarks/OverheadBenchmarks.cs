using BenchmarkDotNet.Attributes;
using RowBench.Data;
using RowBench.Strategies;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// Each strategy on a near-free transform, with chunk size 1 (one task per row) and with the strategy's default.
/// With the transform costing nothing, the time per chunk at chunk size 1, less the sequential loop's time per row,
/// is what a chunk costs: the figure Dask publishes for itself (about 50 µs per task threaded, 1 ms distributed).
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Overhead)]
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private readonly NearFreeTransform _transform = new();
    private readonly SequentialStrategy _sequential = new();
    private readonly ParallelForStrategy _parallelFor = new();
    private readonly PlinqStrategy _plinq = new();
    private readonly DataflowStrategy _dataflow = new();
    private RowDataSet _data = null!;
    private StrategyOptions _options = null!;

    [ParamsSource(nameof(RowsValues))]
    public int Rows { get; set; } = SyntheticImageGenerator.DefaultRows;

    /// <summary>1: a task per row, so the time is almost all overhead; 0: the strategy's own partitioning.</summary>
    [ParamsSource(nameof(ChunkSizeValues))]
    public int ChunkSize { get; set; }

    [ParamsSource(nameof(DegreeValues))]
    public int DegreeOfParallelism { get; set; } = 1;

    public static IEnumerable<int> RowsValues => SuiteGrid.Rows;

    public static IEnumerable<int> ChunkSizeValues => [1, 0];

    public static IEnumerable<int> DegreeValues => SuiteGrid.OverheadDegrees;

    [GlobalSetup]
    public void Setup()
    {
        // Narrow rows: only the row count matters to a near-free transform.
        _data = SyntheticImageGenerator.Generate(Rows, columns: 16);
        _options = new StrategyOptions { ChunkSize = ChunkSize, DegreeOfParallelism = DegreeOfParallelism };
    }

    [Benchmark]
    public double[] Sequential() => _sequential.Run(_data, _transform, _options);

    [Benchmark]
    public double[] ParallelFor() => _parallelFor.Run(_data, _transform, _options);

    [Benchmark]
    public double[] Plinq() => _plinq.Run(_data, _transform, _options);

    [Benchmark]
    public double[] Dataflow() => _dataflow.Run(_data, _transform, _options);
}
