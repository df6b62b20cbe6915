using System.Globalization;
using System.Text;
using RowBench.Analysis.Comparison;
using RowBench.Reports.Charts;

namespace RowBench.Reports;

/// <summary>Writes a <see cref="RunComparison"/> as markdown (slower first, then a geometric-mean summary) and as HTML.</summary>
public static class ComparisonReport
{
    /// <summary>Writes <c>compare.md</c>, <c>compare.html</c> and <c>charts/compare-ratios.svg</c> into <paramref name="folder"/>.</summary>
    public static void Write(RunComparison comparison, string folder, string? machineNote = null, string name = "compare")
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ChartFile chart = ComparisonCharts.Ratios(comparison);
        ChartFile.WriteAll(folder, [chart]);
        File.WriteAllText(Path.Combine(folder, name + ".md"), ToMarkdown(comparison, chart, machineNote));
        File.WriteAllText(Path.Combine(folder, name + ".html"), ToHtml(comparison, chart, machineNote));
    }

    /// <summary>The comparison as GitHub markdown; <paramref name="chart"/>, when given, is linked under the summary.</summary>
    public static string ToMarkdown(RunComparison comparison, ChartFile? chart = null, string? machineNote = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder();
        text.AppendLine("# Benchmark comparison").AppendLine();
        foreach (string line in HeaderLines(comparison, machineNote))
        {
            text.AppendLine($"- {line}");
        }

        text.AppendLine().AppendLine("## Summary").AppendLine();
        foreach (string line in SummaryLines(comparison))
        {
            text.AppendLine($"- {line}");
        }

        if (chart is not null)
        {
            text.AppendLine().AppendLine($"![{chart.Title}]({chart.RelativePath})");
        }

        text.AppendLine().AppendLine("## Benchmarks (slower first)").AppendLine();
        var table = new MarkdownTable(Headers);
        foreach (IReadOnlyList<string> row in Rows(comparison))
        {
            table.AddRow([.. row]);
        }

        text.Append(table);
        AppendList(text, "Only in the new run (new benchmarks)", comparison.OnlyInNew);
        AppendList(text, "Only in the base run (missing from the new run)", comparison.OnlyInBase);
        return text.ToString();
    }

    /// <summary>The comparison as a self-contained HTML page.</summary>
    public static string ToHtml(RunComparison comparison, ChartFile? chart = null, string? machineNote = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var page = new HtmlReport("Benchmark comparison");
        page.List(HeaderLines(comparison, machineNote)).Heading(2, "Summary").List(SummaryLines(comparison));
        if (chart is not null)
        {
            page.Chart(chart.InlineSvg, chart.Title);
        }

        page.Heading(2, "Benchmarks (slower first)");
        IReadOnlyList<BenchmarkComparison> compared = comparison.Compared;
        page.Table(Headers, Rows(comparison), index => compared[index].Verdict switch
        {
            Verdict.Slower => "bad",
            Verdict.Faster => "best",
            _ => null,
        });
        if (comparison.OnlyInNew.Count > 0)
        {
            page.Heading(2, "Only in the new run (new benchmarks)").List(comparison.OnlyInNew.Select(DisplayName));
        }

        if (comparison.OnlyInBase.Count > 0)
        {
            page.Heading(2, "Only in the base run (missing from the new run)").List(comparison.OnlyInBase.Select(DisplayName));
        }

        return page.ToString();
    }

    /// <summary>A benchmark's key without the namespace: <c>StrategyBenchmarks.Plinq(Transform: "fast", …)</c>.</summary>
    public static string DisplayName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int parameters = key.IndexOf('(', StringComparison.Ordinal);
        string name = parameters < 0 ? key : key[..parameters];
        int lastDot = name.LastIndexOf('.');
        int typeStart = lastDot <= 0 ? -1 : name.LastIndexOf('.', lastDot - 1);
        return typeStart < 0 ? key : key[(typeStart + 1)..];
    }

    private static readonly string[] Headers =
        ["Benchmark", ">Base median", ">New median", ">Ratio", "Verdict", ">Base allocated", ">New allocated", "Why"];

    private static IEnumerable<IReadOnlyList<string>> Rows(RunComparison comparison) =>
        comparison.Compared.Select(row => (IReadOnlyList<string>)
        [
            DisplayName(row.Key),
            Units.Time(row.BaseMedianNanoseconds),
            Units.Time(row.NewMedianNanoseconds),
            row.Ratio.ToString("F3", CultureInfo.InvariantCulture),
            row.Verdict.ToString().ToLowerInvariant() + (row.AllocatesMore ? " (allocates more)" : ""),
            row.BaseAllocatedBytes is { } before ? Units.Bytes(before) : "-",
            row.NewAllocatedBytes is { } after ? Units.Bytes(after) : "-",
            row.Reason,
        ]);

    private static IEnumerable<string> HeaderLines(RunComparison comparison, string? machineNote)
    {
        yield return $"Base: {comparison.Base.Source}";
        yield return $"New: {comparison.New.Source}";
        if (machineNote is not null)
        {
            yield return machineNote;
        }

        string unit = comparison.Compared.Any(row => row.SampleUnit == "launches") ? "launches (one sample per process: its median)" : "iterations of one process";
        yield return $"Threshold {comparison.Options.Threshold}, noise floor {comparison.Options.Noise}; two one-sided {comparison.TestName} tests per benchmark on the {unit}, "
            + $"Benjamini–Hochberg-corrected over the {comparison.FamilySize} benchmarks in each direction at α = {comparison.SignificanceLevel} (the share of false verdicts; with no real change, the chance of any). Medians, ratios and tests use the same samples.";
        if (comparison.Base.Host is { } baseHost && comparison.New.Host is { } newHost && baseHost != newHost)
        {
            yield return $"The runs were made on different machines or runtimes: base {baseHost}; new {newHost}.";
        }
    }

    private static IEnumerable<string> SummaryLines(RunComparison comparison)
    {
        yield return $"{comparison.Compared.Count} benchmarks compared: {comparison.Count(Verdict.Slower)} slower, {comparison.Count(Verdict.Faster)} faster, {comparison.Count(Verdict.Same)} same, {comparison.Count(Verdict.Unknown)} unknown.";
        yield return $"Geometric mean of new ÷ base medians: {comparison.GeometricMeanRatio.ToString("F3", CultureInfo.InvariantCulture)} ({Describe(comparison.GeometricMeanRatio)}).";
        int allocatingMore = comparison.Compared.Count(row => row.AllocatesMore);
        if (allocatingMore > 0)
        {
            yield return $"{allocatingMore} benchmarks allocate more (by more than 5% and 1 KB).";
        }

        if (comparison.Count(Verdict.Unknown) > 0)
        {
            yield return "Unknown means too few samples for the test ever to reach α after the correction: run more launches; it is not a verdict of 'same'.";
        }

        yield return comparison.Count(Verdict.Slower) == 0 ? "Result: no significant regression." : $"Result: {comparison.Count(Verdict.Slower)} significant regression(s).";
    }

    private static string Describe(double ratio) => ratio >= 1
        ? $"{(ratio - 1) * 100:F1}% slower overall"
        : $"{(1 - ratio) * 100:F1}% faster overall";

    private static void AppendList(StringBuilder text, string title, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine($"## {title}").AppendLine();
        foreach (string key in keys)
        {
            text.AppendLine($"- {DisplayName(key)}");
        }
    }
}
