using RowBench.Data;
using RowBench.Strategies;
using RowBench.Tests.Data;
using RowBench.Tests.TestDoubles;
using RowBench.Transforms;

namespace RowBench.Tests.Strategies;

/// <summary>Every strategy against the same contract, one theory case per combination.</summary>
public class ExecutionStrategyTests
{
    private const int Rows = 53;
    private static readonly Int32RowDataSet Int32Rows = TestData.RandomInt32Rows(Rows, columns: 37, seed: 1);
    private static readonly ByteRowDataSet ByteRows = SyntheticImageGenerator.Generate(Rows, columns: 300, seed: 2);
    private static readonly double[] ExpectedInt32 = new SequentialStrategy().Run(Int32Rows, FaithfulTransform.Instance, new StrategyOptions());
    private static readonly double[] ExpectedBytes = new SequentialStrategy().Run(ByteRows, FaithfulTransform.Instance, new StrategyOptions());

    private static readonly Int32RowDataSet ManyRows = TestData.IndexedRows(1_000_000);

    public static TheoryData<string> StrategyNames => [.. StrategyCatalog.Names];

    public static TheoryData<string, string, int, int> Grid()
    {
        var grid = new TheoryData<string, string, int, int>();
        foreach (string strategy in StrategyCatalog.Names)
        {
            foreach (string transform in TransformCatalog.Names)
            {
                foreach (int chunkSize in new[] { 0, 1, 7, 100, Rows + 5 })
                {
                    foreach (int degree in new[] { 1, 2, 3 })
                    {
                        grid.Add(strategy, transform, chunkSize, degree);
                    }
                }
            }
        }

        return grid;
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void Run_RandomInt32Rows_EqualsSequentialFaithful(string strategy, string transform, int chunkSize, int degree)
    {
        double[] actual = StrategyCatalog.Get(strategy).Run(
            Int32Rows, TransformCatalog.Get(transform), new StrategyOptions { ChunkSize = chunkSize, DegreeOfParallelism = degree });
        Assert.Equal(ExpectedInt32, actual);
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void Run_SyntheticByteRows_EqualsSequentialFaithful(string strategy, string transform, int chunkSize, int degree)
    {
        double[] actual = StrategyCatalog.Get(strategy).Run(
            ByteRows, TransformCatalog.Get(transform), new StrategyOptions { ChunkSize = chunkSize, DegreeOfParallelism = degree });
        Assert.Equal(ExpectedBytes, actual);
    }

    [Theory]
    [MemberData(nameof(StrategyNames))]
    public void Run_NoRows_ReturnsNoValues(string strategy)
    {
        double[] actual = StrategyCatalog.Get(strategy).Run(TestData.IndexedRows(0), FastTransform.Instance, new StrategyOptions());
        Assert.Empty(actual);
    }

    [Theory]
    [MemberData(nameof(StrategyNames))]
    public void Run_TransformThrowsAtRow17_ReportsStrategyAndRow17WithTheOriginal(string strategy)
    {
        var transform = new RecordingTransform(isFailingValue: value => value == 17);

        var error = Assert.Throws<RowTransformException>(() => StrategyCatalog.Get(strategy).Run(
            TestData.IndexedRows(200), transform, new StrategyOptions { ChunkSize = 5, DegreeOfParallelism = 3 }));

        Assert.Equal(17, error.Row);
        Assert.Equal(strategy, error.Strategy);
        Assert.Contains($"row 17 under the '{strategy}' strategy", error.Message, StringComparison.Ordinal);
        var original = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal("test failure on value 17", original.Message);
    }

    [Theory]
    [MemberData(nameof(StrategyNames))]
    public void Run_TransformThrows_StopsEarlyAndLeavesNothingRunning(string strategy)
    {
        var transform = new RecordingTransform(isFailingValue: value => value == 40);

        Assert.Throws<RowTransformException>(() => StrategyCatalog.Get(strategy).Run(
            ManyRows, transform, new StrategyOptions { ChunkSize = 10, DegreeOfParallelism = 3 }));

        Assert.Equal(0, transform.InFlight);
        // Other workers go on only while the exception travels to the strategy: far fewer rows than the data set.
        Assert.True(transform.Calls < ManyRows.RowCount / 2, $"{transform.Calls} calls: the run did not stop");
    }

    [Theory]
    [MemberData(nameof(StrategyNames))]
    public void Run_CancelledDuringTheRun_ThrowsOperationCanceledAndLeavesNothingRunning(string strategy)
    {
        using var cancellation = new CancellationTokenSource();
        var transform = new RecordingTransform(cancellation: cancellation, isCancellingValue: value => value == 25);

        Assert.ThrowsAny<OperationCanceledException>(() => StrategyCatalog.Get(strategy).Run(
            ManyRows, transform, new StrategyOptions { ChunkSize = 10, DegreeOfParallelism = 3 }, cancellation.Token));

        Assert.Equal(0, transform.InFlight);
        Assert.True(transform.Calls < ManyRows.RowCount / 2, $"{transform.Calls} calls: the run did not stop");
    }

    [Theory]
    [MemberData(nameof(StrategyNames))]
    public void Run_AlreadyCancelled_ThrowsWithoutCallingTheTransform(string strategy)
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var transform = new RecordingTransform();

        Assert.ThrowsAny<OperationCanceledException>(() => StrategyCatalog.Get(strategy).Run(
            TestData.IndexedRows(100), transform, new StrategyOptions(), cancellation.Token));

        Assert.Equal(0, transform.Calls);
    }
}
