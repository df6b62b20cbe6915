using System.Security.Cryptography;
using RowBench.Data;

namespace RowBench.Tests.Data;

public class SyntheticImageGeneratorTests
{
    [Fact]
    public void Generate_DefaultParameters_GivesMalimgShape()
    {
        ByteRowDataSet data = SyntheticImageGenerator.Generate();
        Assert.Equal(9_339, data.RowCount);
        Assert.Equal(4_096, data.ColumnCount);
        Assert.Equal(9_339L * 4_096, data.SizeInBytes);
    }

    [Fact]
    public void Generate_DefaultParameters_GivesThePinnedBytes()
    {
        // The same bytes on every machine: this hash was taken once and must never change silently, because
        // committed benchmark results were measured on exactly these bytes.
        ByteRowDataSet data = SyntheticImageGenerator.Generate();
        Assert.Equal(
            "D452C46A47E79A756DA9DE1B215528EC4C98660C040290DBB215560C9B6CE674",
            Convert.ToHexString(SHA256.HashData(data.Values)));
    }

    [Fact]
    public void Generate_SameSeedTwice_GivesSameBytes()
    {
        ByteRowDataSet first = SyntheticImageGenerator.Generate(rows: 50, columns: 100, seed: 7);
        ByteRowDataSet second = SyntheticImageGenerator.Generate(rows: 50, columns: 100, seed: 7);
        Assert.True(first.Values.SequenceEqual(second.Values));
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentBytes()
    {
        ByteRowDataSet first = SyntheticImageGenerator.Generate(rows: 50, columns: 100, seed: 7);
        ByteRowDataSet second = SyntheticImageGenerator.Generate(rows: 50, columns: 100, seed: 8);
        Assert.False(first.Values.SequenceEqual(second.Values));
    }

    [Fact]
    public void GenerateRow_AnyRow_EqualsThatRowOfTheWholeDataSet()
    {
        ByteRowDataSet data = SyntheticImageGenerator.Generate(rows: 20, columns: 300, seed: 11);
        var row = new byte[300];
        SyntheticImageGenerator.GenerateRow(seed: 11, row: 13, row);
        Assert.True(data.GetRow(13).SequenceEqual(row));
    }

    [Fact]
    public void Generate_DefaultParameters_HasImageLikeHistogram()
    {
        ByteRowDataSet data = SyntheticImageGenerator.Generate(rows: 2_000);
        var histogram = new long[256];
        foreach (byte value in data.Values)
        {
            histogram[value]++;
        }

        double total = data.Values.Length;
        double zeroShare = histogram[0] / total, fillShare = histogram[255] / total;
        Assert.InRange(zeroShare, 0.35, 0.45);   // Beta(2, 3) has mean 0.4.
        Assert.InRange(fillShare, 0.06, 0.08);   // 0.12 of the 60% non-zero bytes.
        Assert.True(histogram[1..64].Sum() > histogram[128..255].Sum(), "small values should be the common ones");
        Assert.True(histogram.Count(count => count > 0) == 256, "every byte value should occur");
    }

    [Fact]
    public void Generate_NegativeRows_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticImageGenerator.Generate(rows: -1));
    }
}
