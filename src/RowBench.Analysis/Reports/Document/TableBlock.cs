namespace RowBench.Reports.Document;

/// <summary>
/// A table. A header starting with '>' marks a numeric column (right-aligned in both renderings).
/// </summary>
public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows) : ReportBlock;
