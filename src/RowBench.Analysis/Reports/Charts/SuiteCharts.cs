using System.Globalization;
using RowBench.Analysis.Summary;
using ScottPlot;

namespace RowBench.Reports.Charts;

/// <summary>The suite summary's charts: time vs chunk size per transform and degree, speed-up vs degree, cost per chunk.</summary>
public static class SuiteCharts
{
    /// <summary>Time against chunk size (log scale) for every strategy of a grid, with the best point marked.</summary>
    public static ChartFile TimeVsChunkSize(StrategyGrid grid, bool withJob)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var plot = new Plot();
        (double divisor, string unit) = ChartStyle.TimeUnit(grid.SequentialNanoseconds);
        int smallest = grid.ChunkSizes.Where(size => size > 0).DefaultIfEmpty(1).Min();
        double left = ChartStyle.ChunkPosition(grid.ChunkSizes.Min(), smallest), right = ChartStyle.ChunkPosition(grid.ChunkSizes.Max(), smallest);

        var sequential = plot.Add.Line(left, grid.SequentialNanoseconds / divisor, right, grid.SequentialNanoseconds / divisor);
        sequential.LegendText = "sequential";
        sequential.LinePattern = LinePattern.Dashed;
        sequential.Color = ChartStyle.ColorOf("sequential");

        foreach (string strategy in grid.Strategies)
        {
            List<StrategyCell> cells = [.. grid.Cells.Where(cell => cell.Strategy == strategy).OrderBy(cell => cell.ChunkSize)];
            List<StrategyCell> chunked = [.. cells.Where(cell => cell.ChunkSize > 0)];
            var line = plot.Add.Scatter(
                chunked.Select(cell => ChartStyle.ChunkPosition(cell.ChunkSize, smallest)).ToArray(),
                chunked.Select(cell => cell.MeanNanoseconds / divisor).ToArray());
            line.LegendText = strategy;
            line.Color = ChartStyle.ColorOf(strategy);
            line.MarkerSize = 7;
            line.LineWidth = 2;
            if (cells.FirstOrDefault(cell => cell.ChunkSize == 0) is { } defaults)
            {
                var marker = plot.Add.Marker(ChartStyle.ChunkPosition(0, smallest), defaults.MeanNanoseconds / divisor, MarkerShape.OpenSquare, 10);
                marker.Color = ChartStyle.ColorOf(strategy);
            }
        }

        StrategyCell best = grid.Best;
        var bestMarker = plot.Add.Marker(ChartStyle.ChunkPosition(best.ChunkSize, smallest), best.MeanNanoseconds / divisor, MarkerShape.FilledDiamond, 16);
        bestMarker.Color = Color.FromHex("#cf222e");
        bestMarker.LegendText = $"best: {best.Strategy}, chunk {best.ChunkLabel}";

        ChartStyle.ChunkAxis(plot, grid.ChunkSizes);
        plot.YLabel($"time per run ({unit})");
        string title = $"{grid.Transform}, degree {grid.Degree}, {grid.Rows:N0} rows{(withJob ? $" [{grid.Job}]" : "")}: time vs chunk size";
        plot.Title(title);
        plot.Axes.Margins(0.08, 0.12);
        plot.ShowLegend(Alignment.UpperRight);
        return new ChartFile($"time-vs-chunk-{ChartStyle.Slug(grid.Transform)}-dop{grid.Degree}{(withJob ? "-" + ChartStyle.Slug(grid.Job) : "")}.svg", title, ChartStyle.Render(plot));
    }

    /// <summary>The best speed-up of each strategy at each degree (over chunk sizes), next to the ideal line.</summary>
    public static ChartFile SpeedUpVsDegree(IReadOnlyList<StrategyGrid> grids, string transform, string job, bool withJob)
    {
        ArgumentNullException.ThrowIfNull(grids);
        List<StrategyGrid> mine = [.. grids.Where(grid => grid.Transform == transform && grid.Job == job).OrderBy(grid => grid.Degree)];
        var plot = new Plot();
        int maxDegree = mine.Max(grid => grid.Degree);
        var ideal = plot.Add.Line(1, 1, maxDegree, maxDegree);
        ideal.LegendText = "ideal (speed-up = degree)";
        ideal.LinePattern = LinePattern.Dashed;
        ideal.Color = ChartStyle.ColorOf("sequential");

        foreach (string strategy in mine.SelectMany(grid => grid.Strategies).Distinct())
        {
            List<(int Degree, double SpeedUp)> points =
            [
                .. mine.Select(grid => (grid.Degree, Best: grid.Cells.Where(cell => cell.Strategy == strategy).Select(cell => cell.SpeedUp).DefaultIfEmpty(double.NaN).Max()))
                    .Where(point => !double.IsNaN(point.Best)),
            ];
            var line = plot.Add.Scatter(points.Select(point => (double)point.Degree).ToArray(), points.Select(point => point.SpeedUp).ToArray());
            line.LegendText = strategy;
            line.Color = ChartStyle.ColorOf(strategy);
            line.MarkerSize = 8;
            line.LineWidth = 2;
        }

        double[] degrees = [.. mine.Select(grid => (double)grid.Degree)];
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(degrees, [.. degrees.Select(degree => degree.ToString(CultureInfo.InvariantCulture))]);
        plot.XLabel("degree of parallelism");
        plot.YLabel("speed-up over sequential (best chunk size)");
        string title = $"{transform}{(withJob ? $" [{job}]" : "")}: speed-up vs degree";
        plot.Title(title);
        plot.Axes.SetLimitsY(0, Math.Max(maxDegree, mine.SelectMany(grid => grid.Cells).Max(cell => cell.SpeedUp)) * 1.1);
        plot.Axes.MarginsX(0.08);
        plot.ShowLegend(Alignment.UpperLeft);
        return new ChartFile($"speedup-vs-degree-{ChartStyle.Slug(transform)}{(withJob ? "-" + ChartStyle.Slug(job) : "")}.svg", title, ChartStyle.Render(plot));
    }

    /// <summary>The cost of one chunk per strategy, a bar per degree.</summary>
    public static ChartFile CostPerChunk(IReadOnlyList<OverheadRow> overheads)
    {
        ArgumentNullException.ThrowIfNull(overheads);
        var plot = new Plot();
        List<string> strategies = [.. overheads.Select(row => row.Strategy).Distinct()];
        List<int> degrees = [.. overheads.Select(row => row.Degree).Distinct().Order()];
        string[] palette = ["#0969da", "#bf8700", "#8250df", "#1a7f37", "#cf222e"];
        for (int index = 0; index < degrees.Count; index++)
        {
            int degree = degrees[index];
            var bars = overheads
                .Where(row => row.Degree == degree)
                .Select(row => new Bar
                {
                    Position = strategies.IndexOf(row.Strategy) + ((index - ((degrees.Count - 1) / 2.0)) * 0.8 / degrees.Count),
                    Value = row.MicrosecondsPerChunk,
                    Size = 0.8 / degrees.Count,
                    FillColor = Color.FromHex(palette[index % palette.Length]),
                    Label = Units.Significant(row.MicrosecondsPerChunk),
                })
                .ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = $"degree {degree}";
            plottable.ValueLabelStyle.FontSize = 11;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, strategies.Count).Select(index => (double)index)], [.. strategies]);
        plot.YLabel("µs per chunk (wall clock)");
        const string title = "Cost per chunk: one row per chunk on a near-free transform";
        plot.Title(title);
        plot.Axes.Margins(bottom: 0, top: 0.2);
        plot.ShowLegend(Alignment.UpperLeft);
        return new ChartFile("cost-per-chunk.svg", title, ChartStyle.Render(plot));
    }
}
