namespace RowBench.History;

/// <summary>One benchmark over one machine's runs, and the steps found in it.</summary>
public sealed record HistorySeries(string Key, IReadOnlyList<HistoryPoint> Points, IReadOnlyList<HistoryStep> Steps)
{
    /// <summary>The steps that are significant and large enough to report.</summary>
    public IEnumerable<HistoryStep> ReportedSteps => Steps.Where(step => step.IsReported);
}
