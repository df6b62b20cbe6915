namespace RowBench.Reports.Document;

/// <summary>One block of a <see cref="ReportDocument"/>: a heading, a paragraph, a list, a table or charts.</summary>
public abstract record ReportBlock;
