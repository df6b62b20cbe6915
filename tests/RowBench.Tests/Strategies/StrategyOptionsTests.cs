using RowBench.Strategies;

namespace RowBench.Tests.Strategies;

public class StrategyOptionsTests
{
    [Fact]
    public void Defaults_AreStrategyPartitioningAndProcessorCount()
    {
        var options = new StrategyOptions();
        Assert.Equal(0, options.ChunkSize);
        Assert.Equal(Environment.ProcessorCount, options.DegreeOfParallelism);
    }

    [Fact]
    public void ChunkSize_BelowZero_IsRejectedWithTheValidRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StrategyOptions { ChunkSize = -1 });
        Assert.Contains("must be 0 (the strategy's default) or a positive number of rows; got -1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(513)]
    public void DegreeOfParallelism_OutOfRange_IsRejectedWithTheValidRange(int degree)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StrategyOptions { DegreeOfParallelism = degree });
        Assert.Contains($"must be from 1 to 512; got {degree}", error.Message, StringComparison.Ordinal);
    }
}
