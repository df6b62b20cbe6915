using System.Globalization;
using RowBench.Analysis.Comparison;
using ScottPlot;

namespace RowBench.Reports.Charts;

/// <summary>The comparison's chart: new ÷ base median per benchmark as a bar from 0%, coloured by verdict, with its interval.</summary>
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

        // Each benchmark's 95% interval of the change: a +35% bar that cannot be told from noise looks it.
        List<(int Index, BenchmarkComparison Row)> intervals = [.. rows.Select((row, index) => (index, row)).Where(item => item.row.Resolution is { } resolution && double.IsFinite(resolution.RatioHigh))];
        if (intervals.Count > 0)
        {
            double[] ys = [.. intervals.Select(item => (double)(rows.Count - 1 - item.Index))];
            double[] xs = [.. intervals.Select(item => (item.Row.Ratio - 1) * 100)];
            var errors = plot.Add.ErrorBar(xs, ys, new double[xs.Length]);
            errors.YErrorPositive = null;
            errors.YErrorNegative = null;
            errors.XErrorNegative = [.. intervals.Select(item => Math.Max(0, (item.Row.Ratio - item.Row.Resolution!.RatioLow) * 100))];
            errors.XErrorPositive = [.. intervals.Select(item => Math.Max(0, (item.Row.Resolution!.RatioHigh - item.Row.Ratio) * 100))];
            errors.Color = Colors.Black;
            errors.LegendText = "95% interval";
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
        plot.XLabel("change of the median, new vs base (%), with its 95% interval; dotted lines: the threshold");
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
