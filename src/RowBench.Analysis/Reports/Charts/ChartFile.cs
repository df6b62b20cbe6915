namespace RowBench.Reports.Charts;

/// <summary>A chart rendered as SVG, with the file name it is written under and its title, for links and captions.</summary>
public sealed record ChartFile(string FileName, string Title, string Svg)
{
    /// <summary>The folder, next to the markdown, that chart files go in.</summary>
    public const string Folder = "charts";

    /// <summary>The path a markdown file next to the folder links it by.</summary>
    public string RelativePath => $"{Folder}/{FileName}";

    /// <summary>The SVG without its XML declaration, to embed in an HTML page.</summary>
    public string InlineSvg => Svg.StartsWith("<?xml", StringComparison.Ordinal) ? Svg[(Svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : Svg;

    /// <summary>Writes every chart into <c>charts/</c> under <paramref name="folder"/>.</summary>
    public static void WriteAll(string folder, IEnumerable<ChartFile> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        string directory = Path.Combine(folder, Folder);
        Directory.CreateDirectory(directory);
        foreach (ChartFile chart in charts)
        {
            File.WriteAllText(Path.Combine(directory, chart.FileName), chart.Svg);
        }
    }
}
