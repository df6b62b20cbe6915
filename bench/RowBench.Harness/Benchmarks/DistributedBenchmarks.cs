using BenchmarkDotNet.Attributes;
using RowBench.Data;
using RowBench.Distributed;
using RowBench.Distributed.Workers;
using RowBench.Harness.Distributed;
using RowBench.Harness.Transforms;
using RowBench.IO;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The distributed strategy on worker processes of this machine, by worker count, chunk size and data path (rows
/// shipped in each call, or a row range of a file each worker reads itself), beside <see cref="ParallelFor"/> in one
/// process at the same chunk size and degree. The cluster is started and warmed in the global setup, so neither the
/// processes' start nor the grains' activation is timed; it is stopped in the global cleanup.
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Distributed)]
[MemoryDiagnoser]
public class DistributedBenchmarks
{
    public const string RowsPath = "rows";
    public const string FilePath = "file";

    private readonly ParallelForStrategy _parallelFor = new();
    private LocalWorkerCluster? _cluster;
    private DistributedStrategy _distributed = null!;
    private RowDataSet _data = null!;
    private IRowTransform _transform = null!;
    private StrategyOptions _options = null!;
    private string? _file;

    [ParamsSource(nameof(TransformValues))]
    public string Transform { get; set; } = "faithful";

    [ParamsSource(nameof(RowsValues))]
    public int Rows { get; set; } = SyntheticImageGenerator.DefaultRows;

    [ParamsSource(nameof(WorkersValues))]
    public int Workers { get; set; } = 2;

    [ParamsSource(nameof(ChunkSizeValues))]
    public int ChunkSize { get; set; } = 100;

    [ParamsSource(nameof(DegreeValues))]
    public int DegreeOfParallelism { get; set; } = 2;

    [Params(RowsPath, FilePath)]
    public string DataPath { get; set; } = RowsPath;

    public static IEnumerable<string> TransformValues => SuiteGrid.Transforms;

    public static IEnumerable<int> RowsValues => SuiteGrid.DistributedWorkers.Count > 0 ? SuiteGrid.Rows : [];

    public static IEnumerable<int> WorkersValues => SuiteGrid.DistributedWorkers;

    public static IEnumerable<int> ChunkSizeValues => SuiteGrid.DistributedChunkSizes;

    /// <summary>The grid's largest degree: every core busy, on both sides of the comparison.</summary>
    public static IEnumerable<int> DegreeValues => SuiteGrid.DistributedWorkers.Count > 0 ? [SuiteGrid.Degrees.Max()] : [];

    [GlobalSetup]
    public void Setup()
    {
        _transform = HarnessTransforms.Get(Transform);
        _data = BenchmarkData.For(_transform, Rows);
        _options = new StrategyOptions { ChunkSize = ChunkSize, DegreeOfParallelism = DegreeOfParallelism };
        if (DataPath == FilePath)
        {
            _file = BenchmarkData.Input ?? WriteSyntheticFile(Rows);
        }

        _cluster = HarnessCluster.StartAsync(Workers, CancellationToken.None, _file is null ? null : Path.GetDirectoryName(Path.GetFullPath(_file))).GetAwaiter().GetResult();
        _distributed = new DistributedStrategy(_cluster);
        // Warm: every grain activation this case will use exists before the first measured call.
        _ = Distributed();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cluster?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_file is not null && _file != BenchmarkData.Input)
        {
            File.Delete(_file);
        }
    }

    [Benchmark]
    public double[] Distributed()
    {
        if (_file is null)
        {
            return _distributed.RunAsync(_data, _transform, _options).GetAwaiter().GetResult();
        }

        using CsvRowReader reader = CsvRowReader.Open(_file);
        var features = new double[_data.RowCount];
        DistributedFileRun.RunAsync(_cluster!, reader, _transform, _options, (first, values) => values.CopyTo(features.AsSpan((int)first))).GetAwaiter().GetResult();
        return features;
    }

    /// <summary>The same rows in one process, at the same chunk size and degree (only at the first worker count, rows path).</summary>
    [Benchmark]
    public double[] ParallelFor() => _parallelFor.Run(_data, _transform, _options);

    private static string WriteSyntheticFile(int rows)
    {
        string path = Path.Combine(Path.GetTempPath(), $"rowbench-distributed-{rows}-{Environment.ProcessId}.csv");
        using FileStream stream = File.Create(path);
        DataSetCsvWriter.WriteSynthetic(stream, rows, SyntheticImageGenerator.DefaultColumns, SyntheticImageGenerator.DefaultSeed);
        return path;
    }
}
