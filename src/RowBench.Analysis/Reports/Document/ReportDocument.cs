using RowBench.Reports.Charts;

namespace RowBench.Reports.Document;

/// <summary>
/// A report as data: a title and its blocks, in order. Each report (summary, compare, ab, tune, history) builds one,
/// and <see cref="MarkdownRenderer"/> and <see cref="HtmlRenderer"/> turn it into its two files, so the two never drift.
/// </summary>
public sealed record ReportDocument(string Title, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>Every chart the document shows, in order: the files under <c>charts/</c>.</summary>
    public IEnumerable<ChartFile> Charts => Blocks.OfType<ChartBlock>().SelectMany(block => block.Charts);

    /// <summary>The same document without its charts, for a terminal.</summary>
    public ReportDocument WithoutCharts() => this with { Blocks = [.. Blocks.Where(block => block is not ChartBlock)] };
}
