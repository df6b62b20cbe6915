using RowBench.Tuning;
using ScottPlot;

namespace RowBench.Reports.Charts;

/// <summary>The tuning report's chart: measured points, the fitted cost model and the safe range shaded.</summary>
public static class TuningCharts
{
    /// <summary>One chunk-size curve.</summary>
    public static ChartFile Curve(ChunkSizeCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var plot = new Plot();
        (double divisor, string unit) = ChartStyle.TimeUnit(curve.Best.MeanNanoseconds);
        int smallest = curve.Points.Min(point => point.ChunkSize);

        var range = plot.Add.HorizontalSpan(ChartStyle.ChunkPosition(curve.SafeMinimum, smallest) - 0.03, ChartStyle.ChunkPosition(curve.SafeMaximum, smallest) + 0.03);
        range.FillColor = Color.FromHex("#1a7f37").WithAlpha(0.15);
        range.LineWidth = 0;
        range.LegendText = $"safe range {curve.SafeMinimum:N0} – {curve.SafeMaximum:N0}";

        if (curve.Model is { } model)
        {
            double from = Math.Log10(Math.Max(1, smallest)), to = Math.Log10(curve.Points.Max(point => point.ChunkSize));
            double[] xs = [.. Enumerable.Range(0, 121).Select(step => from + ((to - from) * step / 120))];
            var fitted = plot.Add.ScatterLine(xs, xs.Select(x => model.Predict(Math.Pow(10, x)) / divisor).ToArray());
            fitted.LegendText = $"model a + b/c + d·c (R² {model.RSquared:F2})";
            fitted.Color = Color.FromHex("#6e7781");
            fitted.LinePattern = LinePattern.Dashed;
            fitted.LineWidth = 2;
        }

        var measured = plot.Add.ScatterPoints(
            curve.Points.Select(point => ChartStyle.ChunkPosition(point.ChunkSize, smallest)).ToArray(),
            curve.Points.Select(point => point.MeanNanoseconds / divisor).ToArray());
        measured.LegendText = "measured";
        measured.Color = ChartStyle.ColorOf(curve.Strategy);
        measured.MarkerSize = 8;

        var recommended = plot.Add.VerticalLine(ChartStyle.ChunkPosition(curve.Recommended, smallest));
        recommended.LegendText = $"recommended {curve.Recommended:N0}";
        recommended.Color = Color.FromHex("#cf222e");
        recommended.LineWidth = 2;

        // The model explodes towards chunk size 1 on some curves; keep the measured range in view.
        double highest = curve.Points.Max(point => point.MeanNanoseconds) / divisor, lowest = curve.Points.Min(point => point.MeanNanoseconds) / divisor;
        plot.Axes.SetLimitsY(lowest - ((highest - lowest) * 0.08), highest + ((highest - lowest) * 0.15));
        ChartStyle.ChunkAxis(plot, curve.Points.Select(point => point.ChunkSize), decadesOnly: true);
        plot.YLabel($"time per run ({unit})");
        string title = $"{curve.Strategy}, {curve.Transform}, degree {curve.Degree}, {curve.Rows:N0} rows";
        plot.Title(title);
        plot.ShowLegend(Alignment.UpperRight);
        return new ChartFile($"tune-{ChartStyle.Slug(curve.Strategy)}-{ChartStyle.Slug(curve.Transform)}-dop{curve.Degree}-rows{curve.Rows}.svg", title, ChartStyle.Render(plot));
    }
}
