using RowBench.Strategies;
using RowBench.Streaming;

namespace RowBench.Tests.Streaming;

public class StreamingOptionsTests
{
    [Theory]
    [InlineData(4_670, 2, 1_024, 512)]
    [InlineData(1_024, 2, 1_024, 512)]
    [InlineData(5_000, 3, 1_024, 342)]
    [InlineData(100, 2, 1_024, 100)]
    [InlineData(0, 2, 1_024, 0)]
    [InlineData(10, 16, 8, 1)]
    public void ChunkSizeWithinBatch_ChunkAtLeastTheBatch_IsCutToOneShareAWorker(int chunkSize, int degree, int batchRows, int expected)
    {
        var options = new StrategyOptions { ChunkSize = chunkSize, DegreeOfParallelism = degree };

        StrategyOptions withinBatch = StreamingOptions.ChunkSizeWithinBatch(options, batchRows);

        Assert.Equal(expected, withinBatch.ChunkSize);
        Assert.Equal(degree, withinBatch.DegreeOfParallelism);
    }

    [Fact]
    public void BatchRowsFor_FourThousandColumns_CapsTheBatchAtFourMillionValues()
    {
        // Why the chunk must be cut: 4,096-value rows give 1,024-row batches whatever the chunk size.
        Assert.Equal(1_024, StreamingOptions.Default.BatchRowsFor(4_670, 2, 4_096));
    }
}
