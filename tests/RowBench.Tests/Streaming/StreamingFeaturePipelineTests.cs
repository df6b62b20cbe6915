using RowBench.Data;
using RowBench.Strategies;
using RowBench.Streaming;
using RowBench.Tests.TestDoubles;
using RowBench.Transforms;

namespace RowBench.Tests.Streaming;

public class StreamingFeaturePipelineTests
{
    private static readonly StreamingOptions SmallBatches = new(BatchRows: 100, QueuedBatches: 2);

    public static TheoryData<string, int> StrategiesAndChunkSizes()
    {
        var data = new TheoryData<string, int>();
        foreach (string strategy in StrategyCatalog.Names)
        {
            data.Add(strategy, 0);
            data.Add(strategy, 7);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StrategiesAndChunkSizes))]
    public async Task RunAsync_ManyBatches_WritesEveryRowInOrderAsTheInMemoryPathComputes(string strategy, int chunkSize)
    {
        using var directory = new TempDirectory();
        string path = CsvFiles.IndexedRows(directory, "rows.csv", rows: 1_234);
        double[] expected = new SequentialStrategy().Run(CsvRowReader.ReadAll(path), FaithfulTransform.Instance, new StrategyOptions());
        var written = new List<(long FirstRow, double[] Features)>();

        using CsvRowReader reader = CsvRowReader.Open(path);
        long rows = await StreamingFeaturePipeline.RunAsync(
            reader, StrategyCatalog.Get(strategy), FastTransform.Instance, new StrategyOptions { ChunkSize = chunkSize, DegreeOfParallelism = 2 },
            (firstRow, features) => written.Add((firstRow, features.ToArray())), SmallBatches);

        Assert.Equal(1_234, rows);
        Assert.Equal(expected, written.SelectMany(batch => batch.Features));
        Assert.Equal(written.Select(batch => batch.FirstRow), written.Select(batch => batch.FirstRow).Order());
    }

    [Fact]
    public async Task RunAsync_ChunkLargerThanTheFile_IsCutSoEveryWorkerGetsRows()
    {
        // A tuned chunk of 4,670 asks for batches of 4 chunks a worker (37,360 rows); the file has 250, which as one
        // chunk would keep one worker busy. Cut by the rows the batch really holds, each worker gets 125.
        using var directory = new TempDirectory();
        string path = CsvFiles.IndexedRows(directory, "rows.csv", rows: 250);
        var strategy = new OptionsRecordingStrategy();

        using CsvRowReader reader = CsvRowReader.Open(path);
        await StreamingFeaturePipeline.RunAsync(
            reader, strategy, FastTransform.Instance, new StrategyOptions { ChunkSize = 4_670, DegreeOfParallelism = 2 }, (_, _) => { }, SmallBatches);

        Assert.Equal([(250, 125)], strategy.Seen);
    }

    private sealed class OptionsRecordingStrategy : IExecutionStrategy
    {
        public List<(int Rows, int ChunkSize)> Seen { get; } = [];

        public string Name => "recording";

        public string DefaultPartitioning => "not used";

        public double[] Run(RowDataSet data, IRowTransform transform, StrategyOptions options, CancellationToken cancellationToken = default)
        {
            Seen.Add((data.RowCount, options.ChunkSize));
            return new SequentialStrategy().Run(data, transform, options, cancellationToken);
        }
    }

    [Fact]
    public async Task RunAsync_TransformThrowsOnRow5000_FaultsNamingThatRowAndLeavesNothingRunning()
    {
        using var directory = new TempDirectory();
        string path = CsvFiles.IndexedRows(directory, "rows.csv", rows: 50_000);
        var transform = new RecordingTransform(isFailingValue: value => value == 5_000);
        using CsvRowReader reader = CsvRowReader.Open(path);

        var error = await Assert.ThrowsAsync<RowTransformException>(() => StreamingFeaturePipeline.RunAsync(
            reader, new ParallelForStrategy(), transform, new StrategyOptions { DegreeOfParallelism = 2 }, (_, _) => { }, SmallBatches));

        Assert.Equal(5_000, error.Row);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal(0, transform.InFlight);
        // The reader stopped a few bounded batches after the failure instead of reading the rest of the file.
        Assert.InRange(reader.RowsRead, 5_000, 5_000 + (10 * SmallBatches.BatchRows));
    }

    [Fact]
    public async Task RunAsync_WriterFails_FaultsWithTheWritersErrorInsteadOfHanging()
    {
        using var directory = new TempDirectory();
        string path = CsvFiles.IndexedRows(directory, "rows.csv", rows: 20_000);
        using CsvRowReader reader = CsvRowReader.Open(path);
        int batches = 0;

        var error = await Assert.ThrowsAsync<IOException>(() => StreamingFeaturePipeline.RunAsync(
            reader, new PlinqStrategy(), FastTransform.Instance, new StrategyOptions(),
            (_, _) =>
            {
                if (++batches == 3)
                {
                    throw new IOException("No space left on device");
                }
            },
            SmallBatches));

        Assert.Equal("No space left on device", error.Message);
        Assert.True(reader.RowsRead < 20_000, $"read {reader.RowsRead} rows after the writer failed");
    }

    [Fact]
    public async Task RunAsync_BadCell_ThrowsTheReadersErrorNamingTheLine()
    {
        using var directory = new TempDirectory();
        string path = CsvFiles.IndexedRows(directory, "rows.csv", rows: 3_000, badLine: 2_500);
        using CsvRowReader reader = CsvRowReader.Open(path);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => StreamingFeaturePipeline.RunAsync(
            reader, new DataflowStrategy(), FastTransform.Instance, new StrategyOptions(), (_, _) => { }, SmallBatches));

        Assert.Equal($"{path}:2500:2: expected an integer, found 'x'", error.Message);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ThrowsAndLeavesNothingRunning()
    {
        using var directory = new TempDirectory();
        string path = CsvFiles.IndexedRows(directory, "rows.csv", rows: 50_000);
        using var cancellation = new CancellationTokenSource();
        var transform = new RecordingTransform(cancellation: cancellation, isCancellingValue: value => value == 1_000);
        using CsvRowReader reader = CsvRowReader.Open(path);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StreamingFeaturePipeline.RunAsync(
            reader, new ParallelForStrategy(), transform, new StrategyOptions(), (_, _) => { }, SmallBatches, cancellation.Token));

        Assert.Equal(0, transform.InFlight);
        Assert.True(reader.RowsRead < 50_000);
    }

    [Fact]
    public void BatchRowsFor_WideRows_CapsTheBatchAtFourMillionValues()
    {
        Assert.Equal(8_192, StreamingOptions.Default.BatchRowsFor(chunkSize: 0, degree: 2, columns: 64));
        Assert.Equal(40_000, StreamingOptions.Default.BatchRowsFor(chunkSize: 5_000, degree: 2, columns: 64));
        Assert.Equal(65_536, StreamingOptions.Default.BatchRowsFor(chunkSize: 50_000, degree: 2, columns: 64));
        Assert.Equal(1_024, StreamingOptions.Default.BatchRowsFor(chunkSize: 0, degree: 2, columns: 4_096));
    }
}
