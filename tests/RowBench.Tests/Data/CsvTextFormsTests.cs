using System.Text;
using RowBench.Data;
using RowBench.Tests.Harness.Cli;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Data;

/// <summary>CSV files as users have them: saved by Excel, by PowerShell, on an old Mac, with quotes and blank lines.</summary>
public class CsvTextFormsTests
{
    // No header: a header line would hide a mark read as part of the first cell (it is text either way).
    private const string Plain = "1,2,3\n250,0,17\n-4,5,2147483647\n";

    public static TheoryData<string> Forms => ["utf8-bom", "utf16le-bom", "utf16be-bom", "cr-only", "crlf", "quoted", "utf16le-bom-cr-only"];

    [Theory]
    [MemberData(nameof(Forms))]
    public void ReadAll_FileAsWindowsOrAnOldMacSavesIt_ReadsTheSameRowsAsThePlainTwin(string form)
    {
        using var directory = new TempDirectory();
        string plain = Write(directory, "plain", Plain, "plain");
        string other = Write(directory, form, Plain, form);

        Int32RowDataSet expected = CsvRowReader.ReadAll(plain), actual = CsvRowReader.ReadAll(other);

        Assert.Equal(3, actual.RowCount);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (int row = 0; row < expected.RowCount; row++)
        {
            Assert.Equal(expected.GetRow(row).ToArray(), actual.GetRow(row).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Features_FileAsWindowsOrAnOldMacSavesIt_WritesTheSameFeaturesAsThePlainTwin(string form)
    {
        // Large enough for several blocks of the streaming pipeline: 300 rows of 4,096 values (about 3.5 MB as UTF-16).
        using var directory = new TempDirectory();
        var text = new StringBuilder();
        var random = new Random(5);
        for (int row = 0; row < 300; row++)
        {
            text.AppendJoin(',', Enumerable.Range(0, 4096).Select(_ => random.Next(256))).Append('\n');
        }

        string plain = Write(directory, "plain", text.ToString(), "plain");
        string other = Write(directory, form, text.ToString(), form);

        foreach (string[] mode in new[] { Array.Empty<string>(), ["--in-memory"] })
        {
            HarnessRun expected = HarnessRun.Of(["features", "--input", plain, "--transform", "fast", .. mode]);
            HarnessRun actual = HarnessRun.Of(["features", "--input", other, "--transform", "fast", .. mode]);

            Assert.Equal(0, actual.ExitCode);
            Assert.Equal(expected.Output, actual.Output);
            Assert.Equal(301, actual.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    [Fact]
    public void MaxRows_OneRowThenSevenHundredThousandBlankLines_IsBoundedByTheBytesNotTheLines()
    {
        // The pipeline rented lines × columns for every block: a 4,096-value row and 700,000 empty lines took ~1.2 GB.
        byte[] bytes = [.. Encoding.ASCII.GetBytes(string.Join(',', Enumerable.Repeat("7", 4096)) + "\n"), .. Enumerable.Repeat((byte)'\n', 700_000)];
        var block = new CsvBlock(bytes, 0, bytes.Length, firstLine: 1, lines: 700_001);

        // Room for what 708,192 bytes could hold as rows of 4,096 one-digit cells (86), not for 700,001 rows: as ints,
        // 1.4 MB where it was 11 GB.
        Assert.Equal(bytes.Length / (2 * 4096), block.MaxRows(4096));
        Assert.True((long)block.MaxRows(4096) * 4096 * sizeof(int) <= 2L * bytes.Length);
    }

    [Fact]
    public void ReadRows_OneRowThenSevenHundredThousandBlankLines_AllocatesLittle()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("blank.csv", string.Join(',', Enumerable.Repeat("7", 4096)) + "\n" + new string('\n', 700_000) + "1" + string.Concat(Enumerable.Repeat(",8", 4095)) + "\n");
        var rows = new int[4096 * 16];

        long before = GC.GetAllocatedBytesForCurrentThread();
        using (CsvRowReader reader = CsvRowReader.Open(path))
        {
            Assert.Equal(2, reader.ReadRows(rows));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 20 << 20, $"reading 2 rows among 700,000 blank lines allocated {allocated:N0} bytes");
        Assert.Equal(8, rows[4096 + 1]);
    }

    private static string Write(TempDirectory directory, string name, string content, string form)
    {
        string path = directory.File(name + ".csv");
        string quoted = string.Join('\n', content.Split('\n').Select(line => line.Length == 0 ? line : string.Join(',', line.Split(',').Select(cell => $"\"{cell}\""))));
        byte[] bytes = form switch
        {
            "plain" => Encoding.ASCII.GetBytes(content),
            "utf8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(content)],
            "utf16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(content)],
            "utf16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(content)],
            "utf16le-bom-cr-only" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(content.Replace('\n', '\r'))],
            "cr-only" => Encoding.ASCII.GetBytes(content.Replace('\n', '\r')),
            "crlf" => Encoding.ASCII.GetBytes(content.Replace("\n", "\r\n", StringComparison.Ordinal)),
            "quoted" => Encoding.ASCII.GetBytes(quoted),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
        };
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
