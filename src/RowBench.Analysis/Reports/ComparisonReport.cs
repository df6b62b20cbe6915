using System.Globalization;
using RowBench.Analysis.Comparison;
using RowBench.Reports.Charts;
using RowBench.Reports.Document;

namespace RowBench.Reports;

/// <summary>Writes a <see cref="RunComparison"/> as markdown (slower first, then a geometric-mean summary) and as HTML.</summary>
public static class ComparisonReport
{
    /// <summary>
    /// Writes <c>compare.md</c>, <c>compare.html</c>, <c>charts/compare-ratios.svg</c> and <c>comparison.json</c> (every
    /// verdict, for other tools) into <paramref name="folder"/>.
    /// </summary>
    /// <param name="appendix">Blocks after the benchmarks, such as ab's <see cref="ExplainReport"/> section.</param>
    public static void Write(RunComparison comparison, string folder, string? machineNote = null, string name = "compare", IReadOnlyList<ReportBlock>? appendix = null)
    {
        ReportFiles.Write(Build(comparison, ComparisonCharts.Ratios(comparison), machineNote, appendix), folder, name);
        File.WriteAllText(Path.Combine(folder, ComparisonDocument.FileName), ComparisonDocument.From(comparison).ToJson());
    }

    /// <summary>The comparison as GitHub markdown; <paramref name="chart"/>, when given, is linked under the summary.</summary>
    public static string ToMarkdown(RunComparison comparison, ChartFile? chart = null, string? machineNote = null, IReadOnlyList<ReportBlock>? appendix = null) =>
        MarkdownRenderer.Render(Build(comparison, chart, machineNote, appendix));

    /// <summary>The comparison as a self-contained HTML page.</summary>
    public static string ToHtml(RunComparison comparison, ChartFile? chart = null, string? machineNote = null) =>
        HtmlRenderer.Render(Build(comparison, chart, machineNote));

    /// <summary>The comparison as a document: how it was judged, the summary, then every benchmark, slower first.</summary>
    public static ReportDocument Build(RunComparison comparison, ChartFile? chart = null, string? machineNote = null, IReadOnlyList<ReportBlock>? appendix = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        List<ReportBlock> blocks =
        [
            new ListBlock([.. HeaderLines(comparison, machineNote)]),
        ];
        if (comparison.MissingThatFail.Count > 0)
        {
            // First: a gate that fails for what is not there must say so before any table of what is.
            AddList(blocks, $"Missing from the new run ({comparison.MissingThatFail.Count} of the base run's benchmarks): the gate fails; --allow-missing accepts it", comparison.MissingThatFail);
        }

        blocks.AddRange(
        [
            new HeadingBlock(2, "Summary"),
            new ListBlock([.. SummaryLines(comparison)]),
        ]);
        if (chart is not null)
        {
            blocks.Add(new ChartBlock([chart]));
        }

        blocks.Add(new HeadingBlock(2, "Benchmarks (slower first)"));
        blocks.Add(new TableBlock(Headers, [.. comparison.Compared.Zip(Rows(comparison), (row, cells) => new TableRow(cells, row.Verdict switch
        {
            Verdict.Slower => RowMark.Bad,
            Verdict.Faster => RowMark.Good,
            _ => RowMark.None,
        }))]));
        AddList(blocks, "Only in the new run (new benchmarks)", comparison.OnlyInNew);
        if (comparison.MissingThatFail.Count == 0)
        {
            AddList(blocks, "Only in the base run (missing from the new run; allowed)", comparison.OnlyInBase);
        }

        blocks.AddRange(appendix ?? []);

        return new ReportDocument("Benchmark comparison", blocks);
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
        ["Benchmark", ">Base median", ">New median", ">Ratio", ">95% interval", "Verdict", ">Resolves", ">Base allocated", ">New allocated", "Why"];

    private static IEnumerable<IReadOnlyList<string>> Rows(RunComparison comparison) =>
        comparison.Compared.Select(row => (IReadOnlyList<string>)
        [
            DisplayName(row.Key),
            Units.Time(row.BaseMedianNanoseconds),
            Units.Time(row.NewMedianNanoseconds),
            row.Ratio.ToString("F3", CultureInfo.InvariantCulture),
            row.Resolution is { } resolution && double.IsFinite(resolution.RatioHigh)
                ? string.Create(CultureInfo.InvariantCulture, $"{resolution.RatioLow:F3}–{resolution.RatioHigh:F3}")
                : "-",
            row.Verdict.ToString().ToLowerInvariant() + (row.AllocatesMore ? " (allocates more)" : ""),
            row.MinimumDetectableChange is { } change ? "≥ " + RunComparison.Percent(change) : "-",
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

        string unit = comparison.Compared.Any(row => row.SampleUnit == "paired launches")
            ? "paired launches (one pair per process: both sides' rounds, alternated)"
            : comparison.Compared.Any(row => row.SampleUnit == "launches") ? "launches (one sample per process: its median)" : "iterations of one process";
        yield return $"Threshold {comparison.Options.Threshold}, noise floor {comparison.Options.Noise}; two one-sided {comparison.TestName} tests per benchmark on the {unit}, "
            + $"Benjamini–Hochberg-corrected over the {comparison.FamilySize} benchmarks in each direction at α = {comparison.SignificanceLevel.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)} (the share of false verdicts; with no real change, the chance of any). Medians, ratios and tests use the same samples.";
        if (comparison.Base.Host is { } baseHost && comparison.New.Host is { } newHost && baseHost != newHost)
        {
            yield return $"The runs were made on different machines or runtimes: base {baseHost}; new {newHost}.";
        }
    }

    private static IEnumerable<string> SummaryLines(RunComparison comparison)
    {
        yield return $"{comparison.Compared.Count} benchmarks compared: {comparison.Count(Verdict.Slower)} slower, {comparison.Count(Verdict.Faster)} faster, {comparison.Count(Verdict.Same)} same, {comparison.Count(Verdict.Unknown)} unknown.";
        if (comparison.MissingThatFail.Count > 0)
        {
            yield return $"Missing from the new run: {comparison.MissingThatFail.Count} of the base run's benchmarks; the gate fails.";
        }

        yield return $"Geometric mean of new ÷ base medians: {comparison.GeometricMeanRatio.ToString("F3", CultureInfo.InvariantCulture)} ({Describe(comparison.GeometricMeanRatio)}).";
        int allocatingMore = comparison.Compared.Count(row => row.AllocatesMore);
        if (allocatingMore > 0)
        {
            yield return $"{allocatingMore} benchmarks allocate more (by more than 5% and 1 KB).";
        }

        foreach (string line in ResolutionLines(comparison))
        {
            yield return line;
        }

        if (comparison.Count(Verdict.Unknown) > 0)
        {
            yield return "Unknown means too few samples for the test ever to reach α after the correction: run more launches; it is not a verdict of 'same'.";
        }

        yield return comparison.Count(Verdict.Slower) == 0 ? "Result: no significant regression." : $"Result: {comparison.Count(Verdict.Slower)} significant regression(s).";
    }

    /// <summary>What this run can resolve, said plainly: the median and worst minimum detectable change, and a threshold below them.</summary>
    private static IEnumerable<string> ResolutionLines(RunComparison comparison)
    {
        if (comparison.LeastResolved is not { MinimumDetectableChange: { } worst } least)
        {
            yield break;
        }

        double median = comparison.MedianMinimumDetectableChange;
        yield return $"Resolution (the smallest slowdown this run would call slower, with 80% power at the corrected α): median {RunComparison.Percent(median)}, worst {RunComparison.Percent(worst)} ({DisplayName(least.Key)}).";
        if (comparison.Options.Threshold.IsRelative)
        {
            double threshold = comparison.Options.Threshold.Value;
            int blind = comparison.Compared.Count(row => row.MinimumDetectableChange is { } change && change > 2 * Math.Max(threshold, 0.01));
            if (blind > 0)
            {
                yield return $"The threshold is {comparison.Options.Threshold}, but {blind} of {comparison.Compared.Count} benchmarks cannot resolve less than twice that here: their 'same' means 'no change larger than their Resolves column', not 'unchanged'. More launches narrow it.";
            }
        }
    }

    private static string Describe(double ratio) => ratio >= 1
        ? $"{(ratio - 1) * 100:F1}% slower overall"
        : $"{(1 - ratio) * 100:F1}% faster overall";

    private static void AddList(List<ReportBlock> blocks, string title, IReadOnlyList<string> keys)
    {
        if (keys.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, title));
            blocks.Add(new ListBlock([.. keys.Select(DisplayName)]));
        }
    }
}
