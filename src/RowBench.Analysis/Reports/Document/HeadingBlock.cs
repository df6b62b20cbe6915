namespace RowBench.Reports.Document;

/// <summary>A section heading of level 2 or 3 (the title is level 1).</summary>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;
