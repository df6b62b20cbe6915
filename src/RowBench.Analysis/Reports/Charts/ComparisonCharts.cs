using System.Globalization;
using RowBench.Analysis.Comparison;
using ScottPlot;

namespace RowBench.Reports.Charts;

/// <summary>The comparison's chart: new ÷ base median per benchmark as a bar from 0%, coloured by verdict.</summary>
public static class ComparisonCharts
{
    private const int MaximumLabelLength = 70;

    /// <summary>One horizontal bar per benchmark, slower first, as the table lists them.</summary>
    public static ChartFile Ratios(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        IReadOnlyList<BenchmarkComparison> rows = comparison.Compared;
        var plot = new Plot();
        foreach (Verdict verdict in Enum.GetValues<Verdict>())
        {
            List<Bar> bars =
            [
                .. rows.Select((row, index) => (row, index))
                    .Where(item => item.row.Verdict == verdict)
                    .Select(item => new Bar
                    {
                        Position = rows.Count - 1 - item.index,
                        Value = (item.row.Ratio - 1) * 100,
                        Size = 0.7,
                        FillColor = ColorOf(verdict),
                        Orientation = Orientation.Horizontal,
                    }),
            ];
            if (bars.Count > 0)
            {
                var plottable = plot.Add.Bars(bars);
                plottable.LegendText = verdict.ToString().ToLowerInvariant();
                plottable.Horizontal = true;
            }
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;
        foreach (double limit in new[] { -1, 1 })
        {
            double threshold = comparison.Options.Threshold.IsRelative ? comparison.Options.Threshold.Value * 100 * limit : double.NaN;
            if (!double.IsNaN(threshold))
            {
                var line = plot.Add.VerticalLine(threshold);
                line.LinePattern = LinePattern.Dotted;
                line.Color = Color.FromHex("#6e7781");
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, rows.Count).Select(index => (double)(rows.Count - 1 - index))],
            [.. rows.Select(row => Shorten(ComparisonReport.DisplayName(row.Key)))]);
        plot.XLabel("change of the median, new vs base (%); dotted lines: the threshold");
        string title = $"New vs base: {comparison.Count(Verdict.Slower)} slower, {comparison.Count(Verdict.Faster)} faster, geometric mean {comparison.GeometricMeanRatio.ToString("F3", CultureInfo.InvariantCulture)}";
        plot.Title(title);
        plot.ShowLegend(Alignment.LowerRight);
        return new ChartFile("compare-ratios.svg", title, ChartStyle.Render(plot, width: 1100, height: 120 + (22 * Math.Max(3, rows.Count))));
    }

    private static Color ColorOf(Verdict verdict) => verdict switch
    {
        Verdict.Slower => Color.FromHex("#cf222e"),
        Verdict.Faster => Color.FromHex("#1a7f37"),
        Verdict.Unknown => Color.FromHex("#bf8700"),
        _ => Color.FromHex("#8c959f"),
    };

    private static string Shorten(string name) => name.Length <= MaximumLabelLength ? name : name[..(MaximumLabelLength - 1)] + "…";
}
