using System.Globalization;

namespace RowBench.Analysis;

/// <summary>
/// <c>peak-memory.csv</c> in a results folder: the peak resident memory each streaming benchmark process reported, as
/// lines of <c>method,rows,peakBytes,transform,csvBytes</c> (runs made before the last two were added have three cells).
/// </summary>
public static class PeakMemoryFile
{
    /// <summary>The file name in a results folder.</summary>
    public const string FileName = "peak-memory.csv";

    /// <summary>The header line the run command writes.</summary>
    public const string Header = "method,rows,peakBytes,transform,csvBytes";

    /// <summary>The figures; empty when the folder has no such file. Lines that do not parse are skipped.</summary>
    public static IReadOnlyList<PeakMemoryFigure> Read(string folder)
    {
        var figures = new List<PeakMemoryFigure>();
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return figures;
        }

        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] cells = line.Split(',');
            if (cells.Length is 3 or 5
                && int.TryParse(cells[1], CultureInfo.InvariantCulture, out int rows)
                && long.TryParse(cells[2], CultureInfo.InvariantCulture, out long bytes))
            {
                // A run from before the transform parameter measured the fast transform only.
                string transform = cells.Length == 5 ? cells[3] : "fast";
                long? csvBytes = cells.Length == 5 && long.TryParse(cells[4], CultureInfo.InvariantCulture, out long size) ? size : null;
                figures.Add(new PeakMemoryFigure(cells[0], rows, transform, bytes, csvBytes));
            }
        }

        return figures;
    }
}
