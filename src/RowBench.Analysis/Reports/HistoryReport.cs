using System.Globalization;
using RowBench.History;
using RowBench.Reports.Charts;
using RowBench.Reports.Document;

namespace RowBench.Reports;

/// <summary>Writes a <see cref="HistoryAnalysis"/> as <c>history.md</c> and a self-contained <c>history.html</c>.</summary>
public static class HistoryReport
{
    private static readonly string[] StepHeaders = ["Benchmark", "First commit on the new level", "Before → after", "Step", "Runs before / after", "Confidence (Holm-adjusted p)"];

    /// <summary>Writes the markdown, the HTML page and the charts into <paramref name="folder"/>.</summary>
    public static void Write(HistoryAnalysis analysis, IReadOnlyList<HistoryProblem> problems, string folder) =>
        ReportFiles.Write(Build(analysis, problems), folder, "history");

    /// <summary>The history as a document: how steps are found, then per machine its steps and a trend per benchmark.</summary>
    public static ReportDocument Build(HistoryAnalysis analysis, IReadOnlyList<HistoryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(problems);
        List<ReportBlock> blocks = [new ListBlock([.. HeaderLines(analysis, problems)])];
        for (int index = 0; index < analysis.Machines.Count; index++)
        {
            MachineHistory machine = analysis.Machines[index];
            blocks.Add(new HeadingBlock(2, MachineTitle(machine)));
            blocks.Add(new ParagraphBlock(RunsLine(machine)));
            List<HistoryStep> steps = Steps(machine);
            blocks.Add(steps.Count == 0
                ? new ParagraphBlock("No step found.")
                : new TableBlock(StepHeaders, [.. steps.Select(step => new TableRow(StepRow(step), step.IsSlower ? RowMark.Bad : RowMark.Good))]));
            blocks.Add(new HeadingBlock(3, "Trends"));
            blocks.Add(new ChartBlock([.. machine.Series.Select(series => HistoryCharts.Trend(machine, series, index + 1))]));
        }

        return new ReportDocument("RowBench history", blocks);
    }

    private static IEnumerable<string> HeaderLines(HistoryAnalysis analysis, IReadOnlyList<HistoryProblem> problems)
    {
        int runs = analysis.Machines.Sum(machine => machine.Runs.Count);
        yield return string.Create(CultureInfo.InvariantCulture, $"{runs} runs on {analysis.Machines.Count} machine(s); a machine is a processor name and count with calibrations within 25%, and machines never share a chart line.");
        yield return "Steps: binary segmentation with a permutation test, as E-divisive (MongoDB, Apache Otava): a benchmark's best split "
            + "(the largest pooled t of the log run medians before against after, each run one sample, winsorised at the median ± 5 robust "
            + string.Create(CultureInfo.InvariantCulture, $"deviations) is tested against the best splits of {StepDetector.Permutations:N0} shufflings of its runs (a fixed seed: the same history, the same report), and each side searched again while splits hold at 5%; Holm's ")
            + string.Create(CultureInfo.InvariantCulture, $"correction over every split tested on the machine keeps the chance of any false step at α = {analysis.Options.SignificanceLevel}. Steps under {analysis.Options.MinimumStep * 100:0.#}% are not listed.");
        yield return string.Create(CultureInfo.InvariantCulture, $"Alert (exit 1): a step up of at least {analysis.Options.FailOnStep * 100:0.#}% on the newest run's machine that is still open — its benchmark has not come back within {analysis.Options.FailOnStep * 100:0.#}% of the level before it — and that nobody acknowledged ('history ack COMMIT GLOB'). A single run is one sample: a 10% step at 2% noise is found some five runs after the commit that made it, at that commit.");
        yield return $"A benchmark whose runs fall into two groups that come and go (a second mode) is marked bimodal: its steps are looked for in its main mode's runs and never alert.";
        if (analysis.Alerts.Count > 0)
        {
            yield return $"ALERT: {string.Join("; ", analysis.Alerts.Select(step => $"{ComparisonReport.DisplayName(step.Key)} {Units.Percent(step.Ratio - 1)} slower from {step.Run.ShortCommit}"))}.";
        }

        foreach (HistoryStep step in analysis.Acknowledged)
        {
            yield return $"Acknowledged: {ComparisonReport.DisplayName(step.Key)} {Units.Percent(step.Ratio - 1)} slower from {step.Run.ShortCommit} (open, not failing).";
        }

        foreach (HistorySeries series in analysis.Machines.SelectMany(machine => machine.Series).Where(series => series.Bimodal is not null))
        {
            yield return $"{ComparisonReport.DisplayName(series.Key)}: {series.Bimodal!.Describe(series.Points.Count, Units.Time)}.";
        }

        if (analysis.Options.Filter != "*")
        {
            yield return $"Filter: `{analysis.Options.Filter}`.";
        }

        if (analysis.Options.Since is { } since)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Since {since:yyyy-MM-dd}.");
        }

        foreach (HistoryProblem problem in problems)
        {
            yield return $"Skipped: {problem}.";
        }
    }

    private static List<HistoryStep> Steps(MachineHistory machine) =>
        [.. machine.Series.SelectMany(series => series.ReportedSteps).OrderByDescending(step => Math.Abs(Math.Log(step.Ratio)))];

    private static IReadOnlyList<string> StepRow(HistoryStep step) =>
    [
        ComparisonReport.DisplayName(step.Key),
        $"{step.Run.ShortCommit} ({step.Run.OrderTime:yyyy-MM-dd HH:mm})",
        $"{Units.Time(step.BeforeMedianNanoseconds)} → {Units.Time(step.AfterMedianNanoseconds)}",
        string.Create(CultureInfo.InvariantCulture, $"{(step.Ratio - 1) * 100:+0.0;-0.0}% ({(step.IsSlower ? "slower" : "faster")}{(step.IsBimodal ? "; bimodal, main mode" : "")})"),
        string.Create(CultureInfo.InvariantCulture, $"{step.BeforeRuns} / {step.AfterRuns}"),
        string.Create(CultureInfo.InvariantCulture, $"{step.Confidence * 100:0.0}% (p = {step.AdjustedPValue:0.####})"),
    ];

    private static string MachineTitle(MachineHistory machine) => $"Machine: {machine.Machine}";

    private static string RunsLine(MachineHistory machine) =>
        string.Create(CultureInfo.InvariantCulture, $"{machine.Runs.Count} runs, {machine.Runs[0].ShortCommit} ({machine.Runs[0].OrderTime:yyyy-MM-dd}) to {machine.Runs[^1].ShortCommit} ({machine.Runs[^1].OrderTime:yyyy-MM-dd}); {machine.Series.Count} benchmarks.");
}
