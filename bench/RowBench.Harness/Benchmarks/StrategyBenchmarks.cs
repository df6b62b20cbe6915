using BenchmarkDotNet.Attributes;
using RowBench.Data;
using RowBench.Strategies;
using RowBench.Harness.Transforms;
using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The transform over a whole data set under each strategy, across chunk sizes and degrees of parallelism. Speed-up
/// over <see cref="Sequential"/> is computed by the suite's summary: <see cref="Sequential"/> depends on neither the
/// chunk size nor the degree, so <see cref="SequentialOncePerTransformFilter"/> keeps one case of it per transform
/// and row count (reported at the smallest chunk size and degree of the grid).
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Strategies)]
[MemoryDiagnoser]
[ThreadingDiagnoser]
public class StrategyBenchmarks
{
    private readonly SequentialStrategy _sequential = new();
    private readonly ParallelForStrategy _parallelFor = new();
    private readonly PlinqStrategy _plinq = new();
    private readonly DataflowStrategy _dataflow = new();
    private RowDataSet _data = null!;
    private IRowTransform _transform = null!;
    private StrategyOptions _options = null!;

    [ParamsSource(nameof(TransformValues))]
    public string Transform { get; set; } = "fast";

    [ParamsSource(nameof(RowsValues))]
    public int Rows { get; set; } = SyntheticImageGenerator.DefaultRows;

    [ParamsSource(nameof(ChunkSizeValues))]
    public int ChunkSize { get; set; }

    [ParamsSource(nameof(DegreeValues))]
    public int DegreeOfParallelism { get; set; } = 1;

    public static IEnumerable<string> TransformValues => SuiteGrid.Transforms;

    public static IEnumerable<int> RowsValues => SuiteGrid.Rows;

    public static IEnumerable<int> ChunkSizeValues => SuiteGrid.ChunkSizes;

    public static IEnumerable<int> DegreeValues => SuiteGrid.Degrees;

    [GlobalSetup]
    public void Setup()
    {
        _transform = HarnessTransforms.Get(Transform);
        _data = BenchmarkData.For(_transform, Rows);
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
