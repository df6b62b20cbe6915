using RowBench.Reports.Charts;

namespace RowBench.Reports.Document;

/// <summary>Charts side by side: linked from <c>charts/</c> in markdown, inline SVG in HTML.</summary>
public sealed record ChartBlock(IReadOnlyList<ChartFile> Charts) : ReportBlock;
