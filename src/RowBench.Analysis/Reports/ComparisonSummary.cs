using System.Globalization;
using System.Text;
using RowBench.Analysis.Comparison;

namespace RowBench.Reports;

/// <summary>
/// The short markdown of a comparison for where CI shows it (a job summary, a pull-request comment): the verdict in one
/// line, only the benchmarks that are slower, faster or cannot be told apart at twice the threshold, the geometric mean,
/// the resolution, and where the full report is. A run with nothing to report stays well under 2 KB.
/// </summary>
public static class ComparisonSummary
{
    /// <summary>Changed benchmarks listed at most; the rest are counted and left to the full report.</summary>
    public const int MaxRows = 15;

    /// <summary>Benchmarks that could not resolve twice the threshold listed at most.</summary>
    public const int MaxUnresolvedRows = 5;

    /// <summary>The summary of <paramref name="comparison"/> by <paramref name="command"/> (ab, compare); <paramref name="fullReport"/> is where the full report is.</summary>
    public static string ToMarkdown(RunComparison comparison, string command, string? fullReport)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        double threshold = comparison.Options.Threshold.IsRelative ? comparison.Options.Threshold.Value : 0.05;
        int slower = comparison.Count(Verdict.Slower), faster = comparison.Count(Verdict.Faster);
        List<BenchmarkComparison> changed = [.. comparison.Compared.Where(row => row.Verdict is Verdict.Slower or Verdict.Faster or Verdict.Unknown)];
        List<BenchmarkComparison> unresolvable = [.. comparison.Compared.Where(row => Unresolvable(row, threshold, comparison.Options))];
        // A run with nothing to report stays short: a few of the benchmarks it could not resolve, the rest counted.
        List<BenchmarkComparison> listed = [.. changed.Take(MaxRows), .. unresolvable.Take(MaxUnresolvedRows)];
        int left = changed.Count + unresolvable.Count - listed.Count;
        string verdict = comparison.FailsGate
            ? $"**fails the gate**: {Count(slower, "slower")}{(comparison.MissingThatFail.Count > 0 ? $", {comparison.MissingThatFail.Count} missing from NEW" : "")}"
            : slower == 0 && faster == 0 ? "no significant change" : $"no regression; {Count(faster, "faster")}";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### {command}: {verdict}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- {comparison.Compared.Count} benchmarks at threshold {comparison.Options.Threshold}, α = {comparison.SignificanceLevel.ToString("G3", CultureInfo.InvariantCulture)}; geometric mean of the ratios ×{comparison.GeometricMeanRatio.ToString("F3", CultureInfo.InvariantCulture)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"- Resolution (smallest slowdown called slower with 80% power): median {RunComparison.Percent(comparison.MedianMinimumDetectableChange)}, worst {RunComparison.Percent(comparison.LeastResolved?.MinimumDetectableChange ?? double.PositiveInfinity)}.\n");
        if (comparison.MissingThatFail.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Missing from NEW: {string.Join(", ", comparison.MissingThatFail.Take(5).Select(ComparisonReport.DisplayName))}{(comparison.MissingThatFail.Count > 5 ? $" and {comparison.MissingThatFail.Count - 5} more" : "")}.\n");
        }

        if (listed.Count > 0)
        {
            text.Append("\n| Benchmark | Ratio | 95% interval | Verdict |\n|---|---:|---:|---|\n");
            foreach (BenchmarkComparison row in listed)
            {
                string interval = row.Resolution is { } resolution && double.IsFinite(resolution.RatioHigh)
                    ? string.Create(CultureInfo.InvariantCulture, $"{resolution.RatioLow:F3}–{resolution.RatioHigh:F3}")
                    : "-";
                string said = row.Verdict is Verdict.Same
                    ? $"cannot tell: resolves {RunComparison.Percent(row.MinimumDetectableChange ?? double.PositiveInfinity)}"
                    : row.Verdict.ToString().ToLowerInvariant();
                text.Append(CultureInfo.InvariantCulture, $"| {ComparisonReport.DisplayName(row.Key).Replace("|", "\\|", StringComparison.Ordinal)} | {row.Ratio:F3} | {interval} | {said} |\n");
            }

            if (left > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{left} more in the full report ({unresolvable.Count} cannot resolve twice the threshold).\n");
            }
        }

        if (fullReport is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nFull report: `{fullReport}`\n");
        }

        return text.ToString();
    }

    /// <summary>A "same" that could not have seen twice the threshold: listed, since it is no all-clear.</summary>
    private static bool Unresolvable(BenchmarkComparison row, double threshold, ComparisonOptions options) =>
        row.Verdict == Verdict.Same
        && (row.MinimumDetectableChange ?? double.PositiveInfinity) > 2 * threshold
        && Math.Abs(row.NewMedianNanoseconds - row.BaseMedianNanoseconds) >= options.Noise.NanosecondsFor(row.BaseMedianNanoseconds);

    private static string Count(int count, string what) => $"{count} benchmark{(count == 1 ? "" : "s")} {what}";
}
