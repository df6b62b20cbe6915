using RowBench.Transforms;

namespace RowBench.Tests.Transforms;

public class ByteDigitCounterTests
{
    public static TheoryData<int> Lengths => [0, 1, 63, 64, 65, 200, 4_096, 4_161];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void CountWithHistogram_RandomRow_CountsEveryDigitOfEveryValue(int length)
    {
        byte[] row = RandomRow(length, seed: length);
        long[] counts = new long[10];
        ByteDigitCounter.CountWithHistogram(row, counts);
        Assert.Equal(CountByFormatting(row), counts);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Count_RandomRow_EqualsHistogramPath(int length)
    {
        // On a machine with AVX-512 VBMI (this project's CI machines) this runs the vectorised path.
        byte[] row = RandomRow(length, seed: length + 1);
        long[] vectorized = new long[10], histogram = new long[10];
        ByteDigitCounter.Count(row, vectorized);
        ByteDigitCounter.CountWithHistogram(row, histogram);
        Assert.Equal(histogram, vectorized);
    }

    [Fact]
    public void Count_EveryByteValue_CountsEveryDigit()
    {
        byte[] row = [.. Enumerable.Range(0, 256).Select(value => (byte)value)];
        long[] counts = new long[10];
        ByteDigitCounter.Count(row, counts);
        Assert.Equal(CountByFormatting(row), counts);
    }

    private static byte[] RandomRow(int length, int seed)
    {
        var row = new byte[length];
        new Random(seed).NextBytes(row);
        return row;
    }

    private static long[] CountByFormatting(byte[] row)
    {
        long[] counts = new long[10];
        foreach (char digit in row.SelectMany(value => value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            counts[digit - '0']++;
        }

        return counts;
    }
}
