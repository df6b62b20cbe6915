using System.Globalization;

namespace RowBench.Analysis;

/// <summary>
/// <c>peak-memory.csv</c> in a results folder: the peak resident memory each benchmark process reported, as lines
/// of <c>method,rows,peakBytes</c>.
/// </summary>
public static class PeakMemoryFile
{
    /// <summary>The file name in a results folder.</summary>
    public const string FileName = "peak-memory.csv";

    /// <summary>The figures by (method, rows); empty when the folder has no such file.</summary>
    public static IReadOnlyDictionary<(string Method, int Rows), long> Read(string folder)
    {
        var figures = new Dictionary<(string, int), long>();
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return figures;
        }

        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] cells = line.Split(',');
            if (cells.Length == 3
                && int.TryParse(cells[1], CultureInfo.InvariantCulture, out int rows)
                && long.TryParse(cells[2], CultureInfo.InvariantCulture, out long bytes))
            {
                figures[(cells[0], rows)] = bytes;
            }
        }

        return figures;
    }
}
