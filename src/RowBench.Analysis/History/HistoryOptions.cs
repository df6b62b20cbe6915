namespace RowBench.History;

/// <summary>What <c>history report</c> looks at and how it decides.</summary>
/// <param name="Filter">Only benchmarks whose key matches this glob ('*' any text, '?' one character).</param>
/// <param name="Since">Only runs whose commit (or run) is at or after this time.</param>
/// <param name="MinimumStep">The smallest relative change of the median reported as a step (0.03: 3%).</param>
/// <param name="FailOnStep">A step up at least this large (relative) among the latest runs makes the report exit 1.</param>
/// <param name="AlertRuns">How recent a step up must be to alert: it begins within this many of the newest runs.</param>
/// <param name="SignificanceLevel">The family-wise α of the step tests, after Holm's correction over every candidate step.</param>
public sealed record HistoryOptions(
    string Filter = "*",
    DateTimeOffset? Since = null,
    double MinimumStep = HistoryOptions.DefaultMinimumStep,
    double FailOnStep = HistoryOptions.DefaultFailOnStep,
    int AlertRuns = HistoryOptions.DefaultAlertRuns,
    double SignificanceLevel = 0.05)
{
    /// <summary>
    /// Steps smaller than 3% are not reported: with 2% noise from run to run, the best split of 40 runs of identical code
    /// differs by up to about 2.5% (one history in twenty passes α at that size), while a real 5% step measures 3 to 5%.
    /// </summary>
    public const double DefaultMinimumStep = 0.03;

    /// <summary>The alert's default size: 5%.</summary>
    public const double DefaultFailOnStep = 0.05;

    /// <summary>
    /// A step is tested run against run (each run is one sample), so it becomes significant only after a few runs on its
    /// new level: a 10% step at 2% noise after 20 runs alerted in 1, 2, 17 and 18 of 20 synthetic histories with 2, 3, 4
    /// and 5 runs after it. Eight leaves room for a noisier benchmark; the alert repeats until then.
    /// </summary>
    public const int DefaultAlertRuns = 8;
}
