using BenchmarkDotNet.Attributes;
using RowBench.Data;
using RowBench.IO;
using RowBench.Strategies;
using RowBench.Streaming;
using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// <c>features --input</c> end to end on a CSV of 64-value rows: streaming through the bounded Dataflow pipeline
/// against reading the whole file first (the in-memory path), with parallel-for and each transform, writing the CSV
/// output to a null stream. The summary shows rows and CSV bytes per second and each case's peak resident memory.
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Streaming)]
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private const int Columns = 64;
    private readonly StrategyOptions _options = new();
    private readonly ParallelForStrategy _strategy = new();
    private string _file = null!;

    private IRowTransform _transform = null!;

    [ParamsSource(nameof(RowsValues))]
    public int Rows { get; set; } = 200_000;

    /// <summary>Both transforms: fast, where the parse is most of the work, and faithful, where the transform is.</summary>
    [Params("fast", "faithful")]
    public string Transform { get; set; } = "fast";

    public static IEnumerable<int> RowsValues => SuiteGrid.StreamingRows;

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"rowbench-streaming-{Rows}-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        using (FileStream stream = File.Create(_file))
        {
            DataSetCsvWriter.WriteSynthetic(stream, Rows, Columns, SyntheticImageGenerator.DefaultSeed);
        }

        _transform = TransformCatalog.Get(Transform);
        PeakMemory.Reset();
    }

    [GlobalCleanup(Target = nameof(InMemory))]
    public void CleanupInMemory() => Cleanup(nameof(InMemory));

    [GlobalCleanup(Target = nameof(Streaming))]
    public void CleanupStreaming() => Cleanup(nameof(Streaming));

    [Benchmark]
    public long InMemory()
    {
        Int32RowDataSet data = CsvRowReader.ReadAll(_file);
        double[] features = _strategy.Run(data, _transform, _options);
        using var writer = new FeatureCsvWriter(Stream.Null);
        writer.Write(0, features);
        return features.Length;
    }

    [Benchmark]
    public long Streaming()
    {
        using CsvRowReader reader = CsvRowReader.Open(_file);
        using var writer = new FeatureCsvWriter(Stream.Null);
        return StreamingFeaturePipeline.RunAsync(reader, _strategy, _transform, _options, writer.Write)
            .GetAwaiter().GetResult();
    }

    private void Cleanup(string method)
    {
        PeakMemory.Record(method, Rows, Transform, new FileInfo(_file).Length);
        File.Delete(_file);
    }
}
