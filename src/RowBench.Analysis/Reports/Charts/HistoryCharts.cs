using System.Globalization;
using RowBench.History;
using ScottPlot;

namespace RowBench.Reports.Charts;

/// <summary>The history's chart: one benchmark's run medians in commit order, each run's spread, levels and steps.</summary>
public static class HistoryCharts
{
    private const int Width = 760;
    private const int Height = 340;
    private const int MaximumTicks = 12;

    /// <summary>The trend of <paramref name="series"/> over <paramref name="machine"/>'s runs.</summary>
    public static ChartFile Trend(MachineHistory machine, HistorySeries series, int machineNumber)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(series);
        var plot = new Plot();
        (double divisor, string unit) = ChartStyle.TimeUnit(series.Points.Select(point => point.Benchmark.MedianNanoseconds).DefaultIfEmpty(1).Max());

        foreach (HistoryPoint point in series.Points)
        {
            var spread = plot.Add.Line(point.RunIndex, point.Benchmark.LowNanoseconds / divisor, point.RunIndex, point.Benchmark.HighNanoseconds / divisor);
            spread.Color = Color.FromHex("#8c959f");
            spread.LineWidth = 1.5f;
        }

        var medians = plot.Add.ScatterPoints(
            series.Points.Select(point => (double)point.RunIndex).ToArray(),
            series.Points.Select(point => point.Benchmark.MedianNanoseconds / divisor).ToArray());
        medians.Color = Color.FromHex("#0969da");
        medians.MarkerSize = 7;
        medians.LegendText = "run median (bar: the run's spread)";

        List<HistoryStep> steps = [.. series.ReportedSteps.OrderBy(step => step.RunIndex)];
        int[] bounds = [0, .. steps.Select(step => step.RunIndex), int.MaxValue];
        for (int segment = 0; segment < bounds.Length - 1; segment++)
        {
            List<HistoryPoint> points = [.. series.Points.Where(point => point.RunIndex >= bounds[segment] && point.RunIndex < bounds[segment + 1])];
            if (points.Count == 0)
            {
                continue;
            }

            double level = Analysis.BenchmarkResult.Median([.. points.Select(point => point.Benchmark.MedianNanoseconds)]) / divisor;
            var line = plot.Add.Line(points[0].RunIndex - 0.3, level, points[^1].RunIndex + 0.3, level);
            line.Color = Color.FromHex("#1f2328");
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            if (segment == 0)
            {
                line.LegendText = "level (median of its runs)";
            }
        }

        foreach (HistoryStep step in steps)
        {
            var marker = plot.Add.VerticalLine(step.RunIndex - 0.5);
            marker.Color = Color.FromHex(step.IsSlower ? "#cf222e" : "#1a7f37");
            marker.LineWidth = 2;
            marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"step {(step.Ratio - 1) * 100:+0.0;-0.0}% at {step.Run.ShortCommit[..Math.Min(7, step.Run.ShortCommit.Length)]}");
        }

        int every = Math.Max(1, (int)Math.Ceiling(machine.Runs.Count / (double)MaximumTicks));
        int[] ticks = [.. Enumerable.Range(0, machine.Runs.Count).Where(index => index % every == 0)];
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks.Select(index => (double)index)],
            [.. ticks.Select(index => machine.Runs[index].ShortCommit[..Math.Min(7, machine.Runs[index].ShortCommit.Length)])]);
        plot.Axes.SetLimitsX(-0.7, machine.Runs.Count - 0.3);
        plot.XLabel("commit (oldest left)");
        plot.YLabel($"time per operation ({unit})");
        // The method and its parameters: the class is in every key of a history of one suite, and long titles were cut
        // where two cases differ (the degree comes last).
        string title = Shorten(Reports.ComparisonReport.DisplayName(series.Key), 110);
        plot.Title(title, size: 11);
        plot.ShowLegend(Alignment.UpperLeft);
        // Keys are long and differ late (parameters): a readable prefix and a hash of the whole key keep names short and unique.
        string slug = ChartStyle.Slug(Reports.ComparisonReport.DisplayName(series.Key));
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(series.Key)).AsSpan(0, 4));
        string file = string.Create(CultureInfo.InvariantCulture, $"history-m{machineNumber}-{slug[..Math.Min(60, slug.Length)].TrimEnd('-')}-{hash}.svg");
        return new ChartFile(file, title, ChartStyle.Render(plot, Width, Height));
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
