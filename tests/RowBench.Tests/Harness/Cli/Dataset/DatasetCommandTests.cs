using RowBench.Data;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Dataset;

public class DatasetCommandTests
{
    [Fact]
    public void Dataset_RowsAndColumns_WritesTheSyntheticDataSetAsCsv()
    {
        using var directory = new TempDirectory();
        string output = directory.File("data.csv");

        HarnessRun run = HarnessRun.Of("dataset", "--rows", "30", "--cols", "5", "--seed", "9", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Int32RowDataSet read = CsvRowReader.ReadAll(output);
        ByteRowDataSet generated = SyntheticImageGenerator.Generate(30, 5, 9);
        Assert.Equal(30, read.RowCount);
        Assert.Equal(5, read.ColumnCount);
        for (int row = 0; row < 30; row++)
        {
            Assert.Equal(generated.GetRow(row).ToArray().Select(value => (int)value), read.GetRow(row).ToArray());
        }
    }

    [Fact]
    public void Dataset_SameSeedTwice_WritesTheSameBytes()
    {
        using var directory = new TempDirectory();
        string first = directory.File("a.csv"), second = directory.File("b.csv");

        HarnessRun.Of("dataset", "--rows", "100", "--cols", "16", "--output", first);
        HarnessRun.Of("dataset", "--rows", "100", "--cols", "16", "--output", second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Dataset_NoOutput_ExitsTwo()
    {
        HarnessRun run = HarnessRun.Of("dataset", "--rows", "3");

        Assert.Equal(2, run.ExitCode);
        // --out is the one spelling now (--output is its old one, still accepted): the error names the new.
        Assert.Contains("--out", run.SingleErrorLine(), StringComparison.Ordinal);
    }
}
