namespace RowBench.Reports.Document;

/// <summary>A bulleted list of links to files beside the report (relative paths), each with its text.</summary>
public sealed record LinksBlock(IReadOnlyList<ReportLink> Links) : ReportBlock;
