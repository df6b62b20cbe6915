namespace RowBench.Reports.Document;

/// <summary>A link from a report to a file beside it: <paramref name="Href"/> is relative to the report's folder.</summary>
public sealed record ReportLink(string Text, string Href);
