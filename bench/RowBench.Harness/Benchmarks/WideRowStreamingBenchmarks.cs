using BenchmarkDotNet.Attributes;
using RowBench.Data;
using RowBench.IO;
using RowBench.Strategies;
using RowBench.Streaming;
using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// <c>features --input</c> streaming images: 512 rows of 4,096 values (a 64×64 image each), the faithful transform,
/// parallel-for, at the notebook's chunk size and at a tuned one larger than a batch's share per worker. A batch holds
/// at most 4 M values (1,024 such rows), so a chunk of 4,670 would be one chunk per batch and one busy worker if the
/// pipeline did not cut it to the batch's share; at degree 1 against the processor count the two should scale alike.
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Streaming)]
public class WideRowStreamingBenchmarks
{
    private const int Rows = 512;
    private const int Columns = 4_096;
    private string _file = null!;

    [ParamsSource(nameof(ChunkSizeValues))]
    public int ChunkSize { get; set; } = 100;

    [ParamsSource(nameof(DegreeValues))]
    public int DegreeOfParallelism { get; set; } = 1;

    public static IEnumerable<int> ChunkSizeValues => SuiteGrid.WideStreamingChunkSizes;

    public static IEnumerable<int> DegreeValues => new[] { 1, Environment.ProcessorCount }.Distinct();

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"rowbench-wide-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        using FileStream stream = File.Create(_file);
        DataSetCsvWriter.WriteSynthetic(stream, Rows, Columns, SyntheticImageGenerator.DefaultSeed);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark]
    public long Streaming()
    {
        using CsvRowReader reader = CsvRowReader.Open(_file);
        using var writer = new FeatureCsvWriter(Stream.Null);
        var options = new StrategyOptions { ChunkSize = ChunkSize, DegreeOfParallelism = DegreeOfParallelism };
        return StreamingFeaturePipeline.RunAsync(reader, new ParallelForStrategy(), FaithfulTransform.Instance, options, writer.Write)
            .GetAwaiter().GetResult();
    }
}
