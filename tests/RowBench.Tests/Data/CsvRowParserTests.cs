using System.Globalization;
using System.Text;
using RowBench.Data;
using RowBench.Strategies;
using RowBench.Streaming;
using RowBench.Tests.TestDoubles;
using RowBench.Transforms;

namespace RowBench.Tests.Data;

/// <summary>
/// The block parser's fast paths (vector and SWAR) against a plain reference parse, across block boundaries, and the
/// line numbers of errors when blocks are parsed in parallel.
/// </summary>
public class CsvRowParserTests
{
    private static readonly StreamingOptions SmallBatches = new(BatchRows: 50, QueuedBatches: 2, Parsers: 4);

    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(2, 3, 7)]
    [InlineData(64, 3, 11)]
    [InlineData(65, 1, 13)]
    [InlineData(3, 9, 17)]
    [InlineData(5, 6, 19)]
    public void ReadAll_DigitsOnlyRows_EqualsAPlainParse(int columns, int maxDigits, int seed)
    {
        using var directory = new TempDirectory();
        string text = RandomDigitsFile(rows: 30_000, columns, maxDigits, seed, out int[] expected);
        string path = directory.Write("data.csv", text);

        Int32RowDataSet data = CsvRowReader.ReadAll(path);

        Assert.Equal(30_000, data.RowCount);
        Assert.Equal(expected, Enumerable.Range(0, data.RowCount).SelectMany(row => data.GetRow(row).ToArray()));
    }

    [Theory]
    [InlineData("1,2\r\n3,4\r\n", new[] { 1, 2, 3, 4 })]
    [InlineData("1,2\n\n3,4\n", new[] { 1, 2, 3, 4 })]
    [InlineData("1,2\n3,4", new[] { 1, 2, 3, 4 })]
    [InlineData("a,b\n007,2\n3,1000000000\n", new[] { 7, 2, 3, 1_000_000_000 })]
    [InlineData("\"1\",2\n3, 4\n", new[] { 1, 2, 3, 4 })]
    public void ReadAll_WhatTheFastPathsLeaveToTheGeneralOne_ReadsTheSameValues(string text, int[] expected)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", text);

        Int32RowDataSet data = CsvRowReader.ReadAll(path);

        Assert.Equal(expected, Enumerable.Range(0, data.RowCount).SelectMany(row => data.GetRow(row).ToArray()));
    }

    [Theory]
    [InlineData("1,2\n3,4\n5,6,7\n", ":3:3: expected 2 cells, as in the first row, found 3")]
    [InlineData("1,2\n3,4\n5\n", ":3:2: expected 2 cells, as in the first row, found 1")]
    [InlineData("1,2\n3,,\n", ":2:3: expected 2 cells, as in the first row, found 3")]
    [InlineData("1,2\n3,\n", ":2:2: expected an integer, found an empty cell")]
    [InlineData("1,2\n3,9999999999\n", ":2:2: expected an integer from -2147483648 to 2147483647, found '9999999999' (out of range)")]
    public void ReadAll_DigitsOnlyFileWithAProblem_TheGeneralPathNamesIt(string text, string expectedTail)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", text);

        DataFormatException error = Assert.Throws<DataFormatException>(() => CsvRowReader.ReadAll(path));

        Assert.Equal(path + expectedTail, error.Message);
    }

    [Fact]
    public async Task RunAsync_BadCellInTheSecondBlockOfAParallelParse_NamesItsLineInTheFile()
    {
        // The reader's first block is the file's first 64 KiB; the streamed blocks after it are of about 50 rows and
        // are parsed on several threads at once. A header and blank lines make line numbers differ from row numbers.
        using var directory = new TempDirectory();
        var lines = new List<string> { "first,second", "" };
        for (int row = 0; row < 20_000; row++)
        {
            lines.Add($"{row % 256},{row % 100}");
            if (row % 1_000 == 999)
            {
                lines.Add("");
            }
        }

        // The first line that starts past 64 KiB plus a few rows: inside the second block.
        int offset = 0, badLine = 0;
        for (int index = 0; index < lines.Count; index++)
        {
            if (offset > (64 << 10) + 40)
            {
                badLine = index + 1;
                break;
            }

            offset += lines[index].Length + 1;
        }

        lines[badLine - 1] = "5,x";
        string path = directory.Write("data.csv", string.Join('\n', lines) + "\n");
        using CsvRowReader reader = CsvRowReader.Open(path);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => StreamingFeaturePipeline.RunAsync(
            reader, new ParallelForStrategy(), FastTransform.Instance, new StrategyOptions { DegreeOfParallelism = 2 }, (_, _) => { }, SmallBatches));

        Assert.Equal($"{path}:{badLine}:2: expected an integer, found 'x'", error.Message);
        Assert.InRange(badLine, 9_000, 11_000);
    }

    [Fact]
    public async Task RunAsync_TwoBadBlocks_ReportsTheFirstInTheFile()
    {
        using var directory = new TempDirectory();
        string[] lines = [.. Enumerable.Range(0, 20_000).Select(row => $"{row % 200},{row % 3}")];
        lines[15_000] = "1,y";
        lines[12_000] = "1,x";
        string path = directory.Write("data.csv", string.Join('\n', lines) + "\n");
        using CsvRowReader reader = CsvRowReader.Open(path);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => StreamingFeaturePipeline.RunAsync(
            reader, new SequentialStrategy(), FastTransform.Instance, new StrategyOptions(), (_, _) => { }, SmallBatches));

        Assert.Equal($"{path}:12001:2: expected an integer, found 'x'", error.Message);
    }

    [Fact]
    public async Task RunAsync_BlocksOfBytesAndBlocksOfLargerIntegers_WritesWhatTheInMemoryPathComputes()
    {
        // Values above 255 in some blocks only: those blocks stay integers, the others become bytes; the feature is the same.
        using var directory = new TempDirectory();
        var random = new Random(5);
        string path = directory.Write("data.csv", string.Concat(Enumerable.Range(0, 30_000).Select(row =>
            string.Join(',', Enumerable.Range(0, 8).Select(_ => (row / 7_000 % 2 == 0 ? random.Next(256) : random.Next(100_000)).ToString(CultureInfo.InvariantCulture))) + "\n")));
        double[] expected = new SequentialStrategy().Run(CsvRowReader.ReadAll(path), FaithfulTransform.Instance, new StrategyOptions());
        var streamed = new double[30_000];
        using CsvRowReader reader = CsvRowReader.Open(path);

        long rows = await StreamingFeaturePipeline.RunAsync(
            reader, new PlinqStrategy(), FastTransform.Instance, new StrategyOptions { ChunkSize = 16, DegreeOfParallelism = 2 },
            (first, features) => features.CopyTo(streamed.AsSpan((int)first)), SmallBatches);

        Assert.Equal(30_000, rows);
        Assert.Equal(expected, streamed);
    }

    [Theory]
    [InlineData(1, 0, 23, 0)]
    [InlineData(64, 0, 29, 0)]
    [InlineData(64, 0, 29, 64)]
    [InlineData(7, 1, 31, 0)]
    [InlineData(3, 0, 37, 64)]
    public void TryParseBytes_RowsOfShortValues_EqualsTheIntegerParseOrDeclinesValuesAboveAByte(int columns, int percentAboveByte, int seed, int extraRoom)
    {
        // Blocks of a few kilobytes, so that many end inside a vector window; the destination exactly as large as the
        // block's rows, or with room to spare, so that both ways of storing the values are taken.
        using var directory = new TempDirectory();
        var random = new Random(seed);
        var text = new StringBuilder();
        // Past the reader's first block (64 KiB) whatever the row length.
        for (int row = 0; row < 200_000 / columns; row++)
        {
            for (int column = 0; column < columns; column++)
            {
                int value = random.Next(100) < percentAboveByte ? random.Next(256, 1_000) : random.Next(3) switch { 0 => random.Next(10), 1 => random.Next(100), _ => random.Next(256) };
                text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(column == columns - 1 ? '\n' : ',');
            }
        }

        string path = directory.Write("data.csv", text.ToString());
        using CsvRowReader reader = CsvRowReader.Open(path);
        int blocks = 0, declined = 0;
        while (reader.NextBlock(3_000) is { } block)
        {
            var integers = new int[block.Lines * columns];
            int rows = reader.Parse<int>(block, integers);
            var bytes = new byte[(block.Lines * columns) + extraRoom];

            bool parsed = reader.TryParseBytes(block, bytes, out int byteRows);

            if (integers.Any(value => value > byte.MaxValue))
            {
                Assert.False(parsed);
                declined++;
            }
            else
            {
                Assert.True(parsed);
                Assert.Equal(rows, byteRows);
                Assert.Equal(integers.Select(value => (byte)value), bytes.Take(rows * columns));
            }

            blocks++;
            block.Return();
        }

        Assert.True(blocks > 10);
        Assert.Equal(percentAboveByte > 0, declined > 0);
    }

    private static string RandomDigitsFile(int rows, int columns, int maxDigits, int seed, out int[] values)
    {
        var random = new Random(seed);
        values = new int[rows * columns];
        var text = new StringBuilder();
        for (int row = 0; row < rows; row++)
        {
            for (int column = 0; column < columns; column++)
            {
                int digits = random.Next(1, maxDigits + 1);
                int value = digits == 1 ? random.Next(10) : random.Next((int)Math.Pow(10, digits - 1), (int)Math.Min(int.MaxValue, Math.Pow(10, digits)));
                values[(row * columns) + column] = value;
                text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(column == columns - 1 ? '\n' : ',');
            }
        }

        return text.ToString();
    }
}
