using RowBench.Data;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Data;

public class CsvRowReaderTests
{
    [Fact]
    public void ReadAll_HeaderAndBlankLines_SkipsThemAndReadsTheRows()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "a,b,c\n1,2,3\n\n-4, 5 ,2147483647\n\n-2147483648,0,7\n");

        Int32RowDataSet data = CsvRowReader.ReadAll(path);

        Assert.Equal(3, data.RowCount);
        Assert.Equal(3, data.ColumnCount);
        Assert.Equal([1, 2, 3], data.GetRow(0).ToArray());
        Assert.Equal([-4, 5, int.MaxValue], data.GetRow(1).ToArray());
        Assert.Equal([int.MinValue, 0, 7], data.GetRow(2).ToArray());
    }

    [Fact]
    public void ReadAll_WhitespaceOnlyLines_AreSkippedLikeBlankOnes()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "1,2\n   \n\t\n3,4\n \t \n");

        Int32RowDataSet data = CsvRowReader.ReadAll(path);

        Assert.Equal(2, data.RowCount);
        Assert.Equal([3, 4], data.GetRow(1).ToArray());
    }

    [Theory]
    [InlineData("NaN,Infinity\n1,2\n")]
    [InlineData("-Infinity,NaN\n1,2\n")]
    public void ReadAll_HeaderOfNaNAndInfinity_IsAHeaderNotData(string content)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", content);

        Int32RowDataSet data = CsvRowReader.ReadAll(path);

        Assert.Equal(1, data.RowCount);
        Assert.Equal([1, 2], data.GetRow(0).ToArray());
    }

    [Fact]
    public void ReadAll_UnclosedQuoteAfterTheFirstRow_IsOneDataFormatErrorNamingItsLine()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "1,2\n3,4\n5,\"6\n7,8\n9,10\n");

        DataFormatException error = Assert.Throws<DataFormatException>(() => CsvRowReader.ReadAll(path));

        Assert.StartsWith($"{path}:3:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_NoHeader_ReadsTheFirstLineAsData()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "7\r\n8\r\n");

        Int32RowDataSet data = CsvRowReader.ReadAll(path);

        Assert.Equal(2, data.RowCount);
        Assert.Equal([7, 8], [data.GetRow(0)[0], data.GetRow(1)[0]]);
    }

    [Theory]
    [InlineData("non-integer cell", "1,2\n3,x\n", ":2:2: expected an integer, found 'x'")]
    [InlineData("decimal cell", "1,2\n3,4.5\n", ":2:2: expected an integer, found '4.5'")]
    [InlineData("empty cell", "1,2\n3,\n", ":2:2: expected an integer, found an empty cell")]
    [InlineData("out-of-range cell", "1,2\n\n3,2147483648\n", ":3:2: expected an integer from -2147483648 to 2147483647, found '2147483648' (out of range)")]
    [InlineData("out-of-range negative", "h1,h2\n-2147483649,2\n", ":2:1: expected an integer from -2147483648 to 2147483647, found '-2147483649' (out of range)")]
    [InlineData("longer row", "1,2\n3,4\n5,6,7\n", ":3:3: expected 2 cells, as in the first row, found 3")]
    [InlineData("shorter row", "1,2,3\n4,5\n", ":2:3: expected 3 cells, as in the first row, found 2")]
    [InlineData("empty file", "", ":1:1: expected a row of integers, found an empty file")]
    [InlineData("blank lines only", "\n\n\n", ":1:1: expected a row of integers, found an empty file")]
    [InlineData("header only", "a,b\n", ":2:1: expected a row of integers after the header, found the end of the file")]
    [InlineData("bad first row", "1,b\n", ":1:2: expected an integer, found 'b'")]
    public void ReadAll_BadInput_NamesFileLineColumnAndExpectation(string scenario, string content, string expectedTail)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("bad.csv", content);

        var error = Assert.Throws<DataFormatException>(() => CsvRowReader.ReadAll(path));

        Assert.True(error.Message == path + expectedTail, $"{scenario}: {error.Message}");
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Open_MissingFile_NamesTheFile()
    {
        using var directory = new TempDirectory();
        string path = directory.File("missing.csv");

        var error = Assert.Throws<DataFormatException>(() => CsvRowReader.Open(path));

        Assert.Equal($"{path}: no such file", error.Message);
        Assert.Null(error.Line);
    }

    [Fact]
    public void ReadRows_SmallBuffer_ReadsTheFileInBatches()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", string.Join('\n', Enumerable.Range(0, 10).Select(row => $"{row},{-row}")));
        using CsvRowReader reader = CsvRowReader.Open(path);
        var buffer = new int[3 * reader.ColumnCount];
        var firstColumn = new List<int>();

        int rows;
        while ((rows = reader.ReadRows(buffer)) > 0)
        {
            for (int row = 0; row < rows; row++)
            {
                firstColumn.Add(buffer[row * 2]);
                Assert.Equal(-buffer[row * 2], buffer[(row * 2) + 1]);
            }
        }

        Assert.Equal(Enumerable.Range(0, 10), firstColumn);
        Assert.Equal(10, reader.RowsRead);
    }
}
