using BenchmarkDotNet.Attributes;
using RowBench.Data;
using RowBench.Distributed;
using RowBench.Distributed.Workers;
using RowBench.Harness.Distributed;
using RowBench.Strategies;
using RowBench.Harness.Transforms;
using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The chunk-size sweep of <c>tune</c>: one strategy over the synthetic data set (or --input) at each chunk size of
/// <see cref="TuneGrid"/>. BenchmarkDotNet crosses the parameters; <see cref="TuneGridFilter"/> keeps the points of
/// the curves asked for.
/// </summary>
[BenchmarkCategory("Tuning")]
public class ChunkSizeSweepBenchmarks
{
    private LocalWorkerCluster? _cluster;
    private RowDataSet _data = null!;
    private IExecutionStrategy _strategy = null!;
    private IRowTransform _transform = null!;
    private StrategyOptions _options = null!;

    [ParamsSource(nameof(StrategyValues))]
    public string Strategy { get; set; } = "parallel-for";

    [ParamsSource(nameof(TransformValues))]
    public string Transform { get; set; } = "fast";

    [ParamsSource(nameof(RowsValues))]
    public int Rows { get; set; } = SyntheticImageGenerator.DefaultRows;

    [ParamsSource(nameof(DegreeValues))]
    public int DegreeOfParallelism { get; set; } = 1;

    [ParamsSource(nameof(ChunkSizeValues))]
    public int ChunkSize { get; set; } = 1;

    public static IEnumerable<string> StrategyValues => TuneGrid.Curves.Select(curve => curve.Strategy).Distinct();

    public static IEnumerable<string> TransformValues => TuneGrid.Curves.Select(curve => curve.Transform).Distinct();

    public static IEnumerable<int> RowsValues => TuneGrid.Curves.Select(curve => curve.Rows).Distinct();

    public static IEnumerable<int> DegreeValues => TuneGrid.Curves.Select(curve => curve.Degree).Distinct();

    public static IEnumerable<int> ChunkSizeValues => TuneGrid.Curves.SelectMany(curve => curve.ChunkSizes).Distinct().Order();

    [GlobalSetup]
    public void Setup()
    {
        _transform = HarnessTransforms.Get(Transform);
        _data = BenchmarkData.For(_transform, Rows);
        _options = new StrategyOptions { ChunkSize = ChunkSize, DegreeOfParallelism = DegreeOfParallelism };
        if (Strategy == DistributedStrategy.StrategyName)
        {
            // Started and warmed here, so neither the processes' start nor the grains' activation is timed.
            _cluster = HarnessCluster.StartAsync(HarnessCluster.WorkersForBenchmarks, CancellationToken.None).GetAwaiter().GetResult();
            _strategy = new DistributedStrategy(_cluster);
            _ = Run();
        }
        else
        {
            _strategy = StrategyCatalog.Get(Strategy);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public double[] Run() => _strategy.Run(_data, _transform, _options);
}
