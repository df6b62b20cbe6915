using RowBench.Reports.Charts;

namespace RowBench.Reports.Document;

/// <summary>Writes a document as <c>NAME.md</c>, <c>NAME.html</c> and its charts under <c>charts/</c>.</summary>
public static class ReportFiles
{
    /// <summary>
    /// Writes the three into <paramref name="folder"/>, which callers give as a staging folder
    /// (<see cref="IO.AtomicFolder"/>) so that a report is either complete or as it was.
    /// </summary>
    public static void Write(ReportDocument document, string folder, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        ChartFile.WriteAll(folder, document.Charts);
        File.WriteAllText(Path.Combine(folder, name + ".md"), MarkdownRenderer.Render(document));
        File.WriteAllText(Path.Combine(folder, name + ".html"), HtmlRenderer.Render(document));
    }
}
