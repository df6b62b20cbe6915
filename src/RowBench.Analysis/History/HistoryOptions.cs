namespace RowBench.History;

/// <summary>What <c>history report</c> looks at and how it decides.</summary>
/// <param name="Filter">Only benchmarks whose key matches this glob ('*' any text, '?' one character).</param>
/// <param name="Since">Only runs whose commit (or run) is at or after this time.</param>
/// <param name="MinimumStep">The smallest relative change of the median reported as a step (0.03: 3%).</param>
/// <param name="FailOnStep">A step up at least this large (relative) among the latest runs makes the report exit 1.</param>
/// <param name="AlertRuns">Kept for the command line's --alert-runs, which no longer ages a step out: an open step up alerts until its level recovers or it is acknowledged.</param>
/// <param name="SignificanceLevel">The family-wise α of the step tests, after Holm's correction over every candidate step.</param>
public sealed record HistoryOptions(
    string Filter = "*",
    DateTimeOffset? Since = null,
    double MinimumStep = HistoryOptions.DefaultMinimumStep,
    double FailOnStep = HistoryOptions.DefaultFailOnStep,
    int AlertRuns = HistoryOptions.DefaultAlertRuns,
    double SignificanceLevel = 0.05)
{
    /// <summary>Steps up that someone has acknowledged (<c>history ack</c>): listed, but they do not alert.</summary>
    public IReadOnlyList<HistoryAcknowledgement> Acknowledgements { get; init; } = [];

    /// <summary>
    /// Steps smaller than 3% are not reported: with 2% noise from run to run, the best split of 40 runs of identical code
    /// differs by up to about 2.5% (one history in twenty passes α at that size), while a real 5% step measures 3 to 5%.
    /// </summary>
    public const double DefaultMinimumStep = 0.03;

    /// <summary>The alert's default size: 5%.</summary>
    public const double DefaultFailOnStep = 0.05;

    /// <summary>The old window of an alert, in runs; no longer used to decide one (see <see cref="AlertRuns"/>).</summary>
    public const int DefaultAlertRuns = 8;
}
