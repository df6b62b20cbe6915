using System.Globalization;
using RowBench.Reports.Charts;
using RowBench.Reports.Document;
using RowBench.Tuning;

namespace RowBench.Reports;

/// <summary>Writes swept chunk-size curves as <c>tuning.md</c> and <c>tuning.html</c>, and a <c>--check</c> as markdown.</summary>
public static class TuningReport
{
    /// <summary>Writes <c>tuning.md</c>, <c>tuning.html</c> and a chart per curve under <c>charts/</c> into <paramref name="folder"/>.</summary>
    public static void Write(IReadOnlyList<ChunkSizeCurve> curves, TuningMachine machine, string preset, string folder) =>
        ReportFiles.Write(Build(curves, machine, preset, [.. curves.Select(TuningCharts.Curve)]), folder, "tuning");

    /// <summary>The tuning as GitHub markdown; <paramref name="charts"/> (one per curve, in order) are linked.</summary>
    public static string ToMarkdown(IReadOnlyList<ChunkSizeCurve> curves, TuningMachine machine, string preset, IReadOnlyList<ChartFile>? charts = null) =>
        MarkdownRenderer.Render(Build(curves, machine, preset, charts));

    /// <summary>The tuning as a self-contained HTML page; <paramref name="charts"/> are drawn per curve, in order.</summary>
    public static string ToHtml(IReadOnlyList<ChunkSizeCurve> curves, TuningMachine machine, string preset, IReadOnlyList<ChartFile>? charts = null) =>
        HtmlRenderer.Render(Build(curves, machine, preset, charts));

    /// <summary>The tuning as a document: the recommendations, then per curve its description, chart and tables.</summary>
    public static ReportDocument Build(IReadOnlyList<ChunkSizeCurve> curves, TuningMachine machine, string preset, IReadOnlyList<ChartFile>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(machine);
        List<ReportBlock> blocks = [new ListBlock([.. HeaderLines(machine, preset)]), new HeadingBlock(2, "Recommendations"), Recommendations(curves)];
        for (int index = 0; index < curves.Count; index++)
        {
            ChunkSizeCurve curve = curves[index];
            blocks.Add(new HeadingBlock(2, Title(curve)));
            blocks.Add(new ParagraphBlock(Describe(curve), IsNote: true));
            if (charts is not null && index < charts.Count)
            {
                blocks.Add(new ChartBlock([charts[index]]));
            }

            blocks.Add(new TableBlock(PointHeaders, [.. PointRows(curve)]));
            blocks.Add(new TableBlock(
                ["Instead of the recommendation", ">Chunk size", ">Slower than the best"],
                [.. curve.Alternatives().Select(alternative => new TableRow(
                [
                    alternative.Name,
                    alternative.ChunkSize.ToString("N0", CultureInfo.InvariantCulture),
                    alternative.SlowerThanBest is { } fraction ? Units.Percent(fraction) : "not measured",
                ]))]));
        }

        return new ReportDocument("Chunk-size tuning", blocks);
    }

    /// <summary>The recommendations table alone, as markdown, for a terminal.</summary>
    public static string RecommendationsToMarkdown(IReadOnlyList<ChunkSizeCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        string markdown = MarkdownRenderer.Render(new ReportDocument("Chunk-size tuning", [new HeadingBlock(2, "Recommendations"), Recommendations(curves)]));
        return markdown[markdown.IndexOf("## ", StringComparison.Ordinal)..];
    }

    /// <summary>A <c>--check</c>'s verdict per entry, as markdown.</summary>
    public static string CheckToMarkdown(IReadOnlyList<TuningCheck> checks, string file, string tolerance) => MarkdownRenderer.Render(BuildCheck(checks, file, tolerance, []));

    /// <summary>A <c>--check</c>'s verdict per entry as a document, with <paramref name="notes"/> on the machines at the end.</summary>
    public static ReportDocument BuildCheck(IReadOnlyList<TuningCheck> checks, string file, string tolerance, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(notes);
        int stale = checks.Count(check => check.IsStale);
        return new ReportDocument($"Chunk-size check of {file}",
        [
            new ParagraphBlock($"A recorded chunk size is stale when it is slower than the new best by more than {tolerance}, significantly across the launches (one-sided Mann–Whitney, Holm's correction over the {checks.Count} entries)."),
            new TableBlock(
                ["Strategy", "Transform", ">Degree", ">Rows", ">Recorded", ">Recorded time", ">New best", ">Best time", ">Slower by", "Verdict", "Evidence"],
                [.. checks.Select(check => new TableRow(
                [
                    check.Recorded.Strategy,
                    check.Recorded.Transform,
                    check.Recorded.DegreeOfParallelism.ToString(CultureInfo.InvariantCulture),
                    check.Recorded.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    check.Recorded.RecommendedChunkSize.ToString("N0", CultureInfo.InvariantCulture),
                    check.RecordedPoint is { } point ? Units.Time(point.MeanNanoseconds) : "not measured",
                    check.Fresh.Best.ChunkSize.ToString("N0", CultureInfo.InvariantCulture),
                    Units.Time(check.Fresh.Best.MeanNanoseconds),
                    double.IsNaN(check.SlowerThanBest) ? "-" : Units.Percent(check.SlowerThanBest),
                    check.IsStale ? "STALE" : check.Verdict == Analysis.Comparison.Verdict.Unknown ? "ok (too few samples to tell)" : "ok",
                    check.Reason,
                ], check.IsStale ? RowMark.Bad : RowMark.None))]),
            new ParagraphBlock(stale == 0 ? "Result: every recorded chunk size is still good." : $"Result: {stale} recorded chunk size(s) are stale; re-run tune and commit the new tuning.json."),
            new ListBlock(notes),
        ]);
    }

    private static TableBlock Recommendations(IReadOnlyList<ChunkSizeCurve> curves) => new(SummaryHeaders, [.. curves.Select(curve => new TableRow(SummaryRow(curve)))]);

    private static readonly string[] SummaryHeaders =
        ["Strategy", "Transform", ">Degree", ">Rows", ">Recommended", ">Safe range", ">Best measured", ">Best time", ">Model optimum", ">Notebook's 100", ">Range partitioner"];

    private static readonly string[] PointHeaders = [">Chunk size", ">Time (median)", ">vs best", ">Model", "Note"];

    private static IReadOnlyList<string> SummaryRow(ChunkSizeCurve curve)
    {
        return
        [
            curve.Strategy,
            curve.Transform,
            curve.Degree.ToString(CultureInfo.InvariantCulture),
            curve.Rows.ToString("N0", CultureInfo.InvariantCulture),
            curve.Recommended.ToString("N0", CultureInfo.InvariantCulture),
            $"{curve.SafeMinimum:N0} – {curve.SafeMaximum:N0}",
            curve.Best.ChunkSize.ToString("N0", CultureInfo.InvariantCulture),
            Units.Time(curve.Best.MeanNanoseconds),
            curve.ModelOptimum is { } optimum ? optimum.ToString("N0", CultureInfo.InvariantCulture) : "-",
            Slower(curve.SlowerThanBestAt(ChunkSizeGrid.NotebookChunkSize)),
            Slower(curve.SlowerThanBestAt(ChunkSizeGrid.RangePartitionerChunkSize(curve.Rows, curve.ProcessorCount))),
        ];
    }

    private static string Slower(double? fraction) => fraction is { } value ? "+" + Units.Percent(value) : "not measured";

    private static IEnumerable<TableRow> PointRows(ChunkSizeCurve curve) =>
        curve.Points.Select(point => new TableRow(
        [
            point.ChunkSize.ToString("N0", CultureInfo.InvariantCulture),
            Units.Time(point.MeanNanoseconds),
            "+" + Units.Percent((point.MeanNanoseconds / curve.Best.MeanNanoseconds) - 1),
            curve.Model is { } model ? Units.Time(model.Predict(point.ChunkSize)) : "-",
            string.Join("; ", Notes(curve, point.ChunkSize)),
        ], point.ChunkSize == curve.Recommended ? RowMark.Best : RowMark.None));

    private static IEnumerable<string> Notes(ChunkSizeCurve curve, int chunkSize)
    {
        if (chunkSize == curve.Recommended)
        {
            yield return "recommended";
        }

        if (chunkSize == curve.Best.ChunkSize)
        {
            yield return "best measured";
        }

        if (chunkSize >= curve.SafeMinimum && chunkSize <= curve.SafeMaximum)
        {
            yield return "safe";
        }

        foreach ((string name, int size, _) in curve.Alternatives())
        {
            if (size == chunkSize)
            {
                yield return name;
            }
        }
    }

    private static string Title(ChunkSizeCurve curve) =>
        $"{curve.Strategy}, {curve.Transform}, degree {curve.Degree}, {curve.Rows:N0} rows";

    private static string Describe(ChunkSizeCurve curve)
    {
        string model = curve.Model is { } fitted
            ? $"Model time(c) ≈ a + b/c + d·c with a = {Units.Time(fitted.A)}, b = {fitted.B.ToString("G3", CultureInfo.InvariantCulture)} ns, d = {fitted.D.ToString("G3", CultureInfo.InvariantCulture)} ns; R² = {fitted.RSquared.ToString("F3", CultureInfo.InvariantCulture)}; optimum √(b/d) ≈ {curve.ModelOptimum:N0}."
            : "Too few points for the cost model.";
        return $"Recommended chunk size {curve.Recommended:N0} (safe range {curve.SafeMinimum:N0} – {curve.SafeMaximum:N0}); best measured {curve.Best.ChunkSize:N0} at {Units.Time(curve.Best.MeanNanoseconds)}. {model}";
    }

    private static IEnumerable<string> HeaderLines(TuningMachine machine, string preset)
    {
        yield return $"Machine: {machine.ProcessorCount} logical cores; {machine.Processor ?? "processor not reported"}; {machine.OperatingSystem}; {machine.Runtime}.";
        yield return $"Preset: {preset}. Chunk sizes 1, 2, 4, … up to rows ÷ degree, plus the notebook's 100 and .NET's range partitioner's rows ÷ (3 × processors).";
        yield return "Safe range: the contiguous chunk sizes around the best that are within 5% of it, by their means or because the Mann–Whitney test cannot show them slower by more than 5%. Recommended: the one of them nearest the model's optimum.";
    }
}
