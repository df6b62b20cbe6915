namespace RowBench.Reports.Document;

/// <summary>How a table row stands out.</summary>
public enum RowMark
{
    /// <summary>Not at all.</summary>
    None,

    /// <summary>The best of its table (★ in markdown, green in HTML).</summary>
    Best,

    /// <summary>Good news, such as a significant speed-up (green in HTML only).</summary>
    Good,

    /// <summary>Bad news, such as a regression (red in HTML only).</summary>
    Bad,
}
