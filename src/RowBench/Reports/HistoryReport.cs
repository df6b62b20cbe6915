using System.Globalization;
using System.Text;
using RowBench.History;
using RowBench.Reports.Charts;

namespace RowBench.Reports;

/// <summary>Writes a <see cref="HistoryAnalysis"/> as <c>history.md</c> and a self-contained <c>history.html</c>.</summary>
public static class HistoryReport
{
    private static readonly string[] StepHeaders = ["Benchmark", "First commit on the new level", "Before → after", "Step", "Runs before / after", "Confidence (Holm-adjusted p)"];

    /// <summary>Writes the markdown, the HTML page and the charts into <paramref name="folder"/>.</summary>
    public static void Write(HistoryAnalysis analysis, IReadOnlyList<HistoryProblem> problems, string folder)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(problems);
        List<(MachineHistory Machine, List<(HistorySeries Series, ChartFile Chart)> Charts)> machines =
            [.. analysis.Machines.Select((machine, index) => (machine, machine.Series.Select(series => (series, HistoryCharts.Trend(machine, series, index + 1))).ToList()))];
        ChartFile.WriteAll(folder, machines.SelectMany(machine => machine.Charts).Select(pair => pair.Chart));
        File.WriteAllText(Path.Combine(folder, "history.md"), ToMarkdown(analysis, problems, machines));
        File.WriteAllText(Path.Combine(folder, "history.html"), ToHtml(analysis, problems, machines));
    }

    private static string ToMarkdown(HistoryAnalysis analysis, IReadOnlyList<HistoryProblem> problems, IReadOnlyList<(MachineHistory Machine, List<(HistorySeries Series, ChartFile Chart)> Charts)> machines)
    {
        var text = new StringBuilder().AppendLine("# RowBench history").AppendLine();
        foreach (string line in HeaderLines(analysis, problems))
        {
            text.AppendLine($"- {line}");
        }

        foreach ((MachineHistory machine, List<(HistorySeries Series, ChartFile Chart)> charts) in machines)
        {
            text.AppendLine().AppendLine($"## {MachineTitle(machine)}").AppendLine();
            text.AppendLine(RunsLine(machine)).AppendLine();
            List<HistoryStep> steps = Steps(machine);
            if (steps.Count == 0)
            {
                text.AppendLine("No step found.");
            }
            else
            {
                var table = new MarkdownTable(StepHeaders);
                foreach (HistoryStep step in steps)
                {
                    table.AddRow([.. StepRow(step)]);
                }

                text.Append(table);
            }

            text.AppendLine().AppendLine("### Trends").AppendLine();
            foreach ((HistorySeries _, ChartFile chart) in charts)
            {
                text.AppendLine($"![{chart.Title}]({chart.RelativePath})").AppendLine();
            }
        }

        return text.ToString();
    }

    private static string ToHtml(HistoryAnalysis analysis, IReadOnlyList<HistoryProblem> problems, IReadOnlyList<(MachineHistory Machine, List<(HistorySeries Series, ChartFile Chart)> Charts)> machines)
    {
        var page = new HtmlReport("RowBench history");
        page.List(HeaderLines(analysis, problems));
        foreach ((MachineHistory machine, List<(HistorySeries Series, ChartFile Chart)> charts) in machines)
        {
            page.Heading(2, MachineTitle(machine)).Paragraph(RunsLine(machine));
            List<HistoryStep> steps = Steps(machine);
            if (steps.Count == 0)
            {
                page.Paragraph("No step found.");
            }
            else
            {
                page.Table(StepHeaders, steps.Select(StepRow), index => steps[index].IsSlower ? "slower" : "faster");
            }

            page.Heading(3, "Trends").BeginCharts();
            foreach ((HistorySeries _, ChartFile chart) in charts)
            {
                page.Chart(chart.InlineSvg, chart.Title);
            }

            page.EndCharts();
        }

        return page.ToString();
    }

    private static IEnumerable<string> HeaderLines(HistoryAnalysis analysis, IReadOnlyList<HistoryProblem> problems)
    {
        int runs = analysis.Machines.Sum(machine => machine.Runs.Count);
        yield return string.Create(CultureInfo.InvariantCulture, $"{runs} runs on {analysis.Machines.Count} machine(s); a machine is a processor name and count with calibrations within 25%, and machines never share a chart line.");
        yield return "Steps: ED-PELT (Perfolizer) proposes where each benchmark's run medians change level; each step is placed where the runs "
            + "between its neighbours split best (Mann–Whitney, each run one sample) and tested by shuffling those runs (1,999 permutations), "
            + "with Holm's correction over every proposed step of the machine "
            + string.Create(CultureInfo.InvariantCulture, $"at α = {analysis.Options.SignificanceLevel}. Steps under {analysis.Options.MinimumStep * 100:0.#}% are not listed.");
        yield return string.Create(CultureInfo.InvariantCulture, $"Alert (exit 1): a step up of at least {analysis.Options.FailOnStep * 100:0.#}% that begins within the newest {analysis.Options.AlertRuns} runs of the newest run's machine. A single run is one sample: a step is first significant two or three runs after the commit that made it.");
        if (analysis.Alerts.Count > 0)
        {
            yield return $"ALERT: {string.Join("; ", analysis.Alerts.Select(step => $"{ComparisonReport.DisplayName(step.Key)} {Units.Percent(step.Ratio - 1)} slower from {step.Run.ShortCommit}"))}.";
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
        string.Create(CultureInfo.InvariantCulture, $"{(step.Ratio - 1) * 100:+0.0;-0.0}% ({(step.IsSlower ? "slower" : "faster")})"),
        string.Create(CultureInfo.InvariantCulture, $"{step.BeforeRuns} / {step.AfterRuns}"),
        string.Create(CultureInfo.InvariantCulture, $"{step.Confidence * 100:0.0}% (p = {step.AdjustedPValue:0.####})"),
    ];

    private static string MachineTitle(MachineHistory machine) => $"Machine: {machine.Machine}";

    private static string RunsLine(MachineHistory machine) =>
        string.Create(CultureInfo.InvariantCulture, $"{machine.Runs.Count} runs, {machine.Runs[0].ShortCommit} ({machine.Runs[0].OrderTime:yyyy-MM-dd}) to {machine.Runs[^1].ShortCommit} ({machine.Runs[^1].OrderTime:yyyy-MM-dd}); {machine.Series.Count} benchmarks.");
}
