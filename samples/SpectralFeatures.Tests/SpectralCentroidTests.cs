using RowBench.Data;
using RowBench.Strategies;

namespace SpectralFeatures.Tests;

public class SpectralCentroidTests
{
    [Theory]
    [InlineData(64, 1)]
    [InlineData(64, 5)]
    [InlineData(100, 17)]
    [InlineData(4_096, 300)]
    public void Apply_OneCosineOfKCycles_ReturnsK(int length, int cycles)
    {
        double[] row = Cosine(length, cycles, amplitude: 3, offset: 10);

        Assert.Equal(cycles, new SpectralCentroid().Apply(row), precision: 6);
    }

    [Fact]
    public void Apply_TwoCosinesOfEqualAmplitude_ReturnsTheMeanFrequency()
    {
        double[] low = Cosine(128, 4, amplitude: 1, offset: 0), high = Cosine(128, 12, amplitude: 1, offset: 0);

        Assert.Equal(8, new SpectralCentroid().Apply([.. low.Zip(high, (a, b) => a + b)]), precision: 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]
    public void Apply_ConstantOrTooShortRow_ReturnsZero(int length)
    {
        Assert.Equal(0, new SpectralCentroid().Apply(Enumerable.Repeat(7.5, length).ToArray()));
    }

    [Fact]
    public void Run_UnderEveryStrategy_EqualsTheLoop()
    {
        // The library runs the transform as the harness does: one DoubleRowDataSet, every strategy, same results.
        const int rows = 200, columns = 64;
        double[] values = [.. Enumerable.Range(0, rows).SelectMany(row => Cosine(columns, 1 + (row % 31), amplitude: 1 + row, offset: row))];
        var data = new DoubleRowDataSet(values, rows, columns);
        double[] expected = [.. Enumerable.Range(0, rows).Select(row => new SpectralCentroid().Apply(data.GetRow(row)))];

        foreach (IExecutionStrategy strategy in StrategyCatalog.Strategies)
        {
            Assert.Equal(expected, strategy.Run(data, new SpectralCentroid(), new StrategyOptions { ChunkSize = 7, DegreeOfParallelism = 2 }));
        }
    }

    private static double[] Cosine(int length, int cycles, double amplitude, double offset) =>
        [.. Enumerable.Range(0, length).Select(index => offset + (amplitude * Math.Cos(2 * Math.PI * cycles * index / length)))];
}
