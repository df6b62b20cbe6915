using RowBench.Data;
using RowBench.Distributed;
using RowBench.Distributed.Grains;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Tests.Distributed;

/// <summary>What the distributed strategy decides before and after a call, without worker processes.</summary>
public class DistributedStrategyTests
{
    [Theory]
    [InlineData(9_339, 0, 2, 1_168)]
    [InlineData(9_339, 0, 1, 2_335)]
    [InlineData(10, 0, 8, 1)]
    [InlineData(9_339, 100, 2, 100)]
    [InlineData(50, 100, 2, 50)]
    public void ChunkSizeFor_OptionOrDefaultPartitioning_IsFourChunksPerTaskInFlight(int rows, int chunkSize, int degree, int expected)
    {
        int actual = DistributedStrategy.ChunkSizeFor(rows, new StrategyOptions { ChunkSize = chunkSize, DegreeOfParallelism = degree });

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task RunAsync_ChunkOverTheMessageLimit_RefusesBeforeAnyCallNamingASizeThatFits()
    {
        // 30,000 rows of 4,096 bytes in one chunk: 117 MiB, over Orleans' 100 MiB. No call is made, so no cluster is needed.
        var data = new ByteRowDataSet(new byte[30_000 * 4_096], 30_000, 4_096);
        var strategy = new DistributedStrategy(new NoCluster());

        var error = await Assert.ThrowsAsync<ChunkTooLargeException>(() =>
            strategy.RunAsync(data, FastTransform.Instance, new StrategyOptions { ChunkSize = 30_000, DegreeOfParallelism = 1 }));

        Assert.Equal("a chunk of 30,000 rows is 117.2 MiB, over the 100 MiB a message may carry; use --chunk-size 25,584 or less.", error.Message);
    }

    [Fact]
    public void FeaturesOf_TransformFailedInAChunk_ThrowsTheRowOfTheWholeDataSet()
    {
        var result = new ChunkResult { FailureKind = ChunkFailureKind.TransformFailed, FailedRow = 3, Failure = "bad row", ExceptionType = "FormatException", WorkerProcessId = 42 };

        var error = Assert.Throws<RowTransformException>(() => ChunkDispatcher.FeaturesOf(result, firstRow: 100));

        Assert.Equal(103, error.Row);
        Assert.Equal("The transform failed on row 103 under the 'distributed' strategy: bad row (FormatException on worker process 42)", error.Message);
    }

    [Fact]
    public void FeaturesOf_BadCellInAWorkersSlice_NamesTheFileAsTheUserGaveIt()
    {
        var result = new ChunkResult { FailureKind = ChunkFailureKind.BadData, FailedLine = 2_500, FailedColumn = 2, Failure = "expected an integer, found 'x'" };

        var error = Assert.Throws<DataFormatException>(() => ChunkDispatcher.FeaturesOf(result, firstRow: 0, "data.csv"));

        Assert.Equal("data.csv:2500:2: expected an integer, found 'x'", error.Message);
    }

    /// <summary>A cluster for the checks made before any call: using it is a failure of the test.</summary>
    private sealed class NoCluster : IChunkCluster
    {
        public IGrainFactory Grains => throw new InvalidOperationException("No call was expected.");

        public int AliveWorkers => 0;

        public int Workers => 0;

        public CancellationToken WorkerLost => CancellationToken.None;
    }
}
