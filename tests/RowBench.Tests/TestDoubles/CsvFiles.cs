using System.Text;

namespace RowBench.Tests.TestDoubles;

/// <summary>CSV inputs for streaming tests: rows whose first value is the row index.</summary>
public static class CsvFiles
{
    /// <summary>Writes <paramref name="rows"/> lines "index,index % 7,-index"; <paramref name="badLine"/> (1-based) gets "x" in column 2.</summary>
    public static string IndexedRows(TempDirectory directory, string name, int rows, int? badLine = null)
    {
        string path = directory.File(name);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        for (int row = 0; row < rows; row++)
        {
            writer.Write(row);
            writer.Write(',');
            writer.Write(row + 1 == badLine ? "x" : (row % 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(-row);
            writer.Write('\n');
        }

        return path;
    }
}
