using System.Globalization;
using System.Text;
using RowBench.Analysis.Comparison;
using RowBench.History;
using RowBench.Tuning;

namespace RowBench.Reports;

/// <summary>
/// The short markdown of <c>history report</c> and <c>tune --check</c> for where CI shows it, as
/// <see cref="ComparisonSummary"/> is for <c>ab</c> and <c>compare</c>: the verdict in one line, only what needs a
/// look, and where the full report is.
/// </summary>
public static class CheckSummaries
{
    /// <summary>The history report's summary: the open regressions, if any.</summary>
    public static string History(HistoryAnalysis analysis, int runs, string fullReport)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        int steps = analysis.Machines.Sum(machine => machine.Series.Sum(series => series.ReportedSteps.Count()));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### history report: {(analysis.Alerts.Count == 0 ? "no open regression" : $"**{analysis.Alerts.Count} open regression{(analysis.Alerts.Count == 1 ? "" : "s")}** — fails")}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- {runs} runs, {analysis.Machines.Count} machine(s), {steps} step(s) found, {analysis.Acknowledged.Count} acknowledged.\n");
        if (analysis.Alerts.Count > 0)
        {
            text.Append("\n| Benchmark | From commit | Change | Runs since |\n|---|---|---:|---:|\n");
            foreach (HistoryStep alert in analysis.Alerts.Take(ComparisonSummary.MaxRows))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {ComparisonReport.DisplayName(alert.Key).Replace("|", "\\|", StringComparison.Ordinal)} | {alert.Run.ShortCommit} | +{(alert.Ratio - 1) * 100:0.0}% | {alert.AfterRuns} |\n");
            }

            if (analysis.Alerts.Count > ComparisonSummary.MaxRows)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{analysis.Alerts.Count - ComparisonSummary.MaxRows} more in the full report.\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\nFull report: `{fullReport}`\n");
        return text.ToString();
    }

    /// <summary>The tuning check's summary: the recorded chunk sizes that went stale or could not be judged.</summary>
    public static string TuningCheck(IReadOnlyList<TuningCheck> checks, string file, string fullReport)
    {
        ArgumentNullException.ThrowIfNull(checks);
        int stale = checks.Count(check => check.IsStale);
        List<TuningCheck> listed = [.. checks.Where(check => check.IsStale || check.Verdict == Verdict.Unknown)];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### tune --check: {(stale == 0 ? $"every recorded chunk size holds ({checks.Count})" : $"**{stale} of {checks.Count} recorded chunk sizes stale** — fails")}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- Checked `{file}` against a fresh sweep on this machine.\n");
        if (listed.Count > 0)
        {
            text.Append("\n| Strategy | Transform | Degree | Recorded | New best | Slower by | Verdict |\n|---|---|---:|---:|---:|---:|---|\n");
            foreach (TuningCheck check in listed.Take(ComparisonSummary.MaxRows))
            {
                string slower = double.IsNaN(check.SlowerThanBest) ? "-" : string.Create(CultureInfo.InvariantCulture, $"{check.SlowerThanBest * 100:0.0}%");
                text.Append(CultureInfo.InvariantCulture,
                    $"| {check.Recorded.Strategy} | {check.Recorded.Transform} | {check.Recorded.DegreeOfParallelism} | {check.Recorded.RecommendedChunkSize} | {check.Fresh.Best.ChunkSize} | {slower} | {(check.IsStale ? "stale" : "cannot tell")} |\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\nFull report: `{fullReport}`\n");
        return text.ToString();
    }
}
