namespace RowBench.Reports.Document;

/// <summary>A table row and how it is marked: <see cref="RowMark.Best"/> is bold with ★ in markdown and green in HTML.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, RowMark Mark = RowMark.None);
