namespace RowBench.Reports.Document;

/// <summary>A paragraph; <paramref name="IsNote"/> shows it muted in HTML (an explanation under a heading).</summary>
public sealed record ParagraphBlock(string Text, bool IsNote = false) : ReportBlock;
