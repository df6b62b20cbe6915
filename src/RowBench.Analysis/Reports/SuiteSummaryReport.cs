using System.Globalization;
using RowBench.Analysis;
using RowBench.Analysis.Summary;
using RowBench.Reports.Charts;
using RowBench.Reports.Document;

namespace RowBench.Reports;

/// <summary>Writes a <see cref="SuiteSummary"/> as <c>summary.md</c> and <c>summary.html</c>: the same tables in both.</summary>
public static class SuiteSummaryReport
{
    private static readonly string MachineCalibrationMargin = $"{Analysis.MachineCalibration.DefaultMargin * 100:0}%";

    /// <summary>What Dask publishes as its own cost per task, for the overhead table's comparison.</summary>
    public const string DaskComparison = "For comparison, Dask puts its own cost at about 50 µs per task with the threaded scheduler and about 1 ms with the distributed one.";

    /// <summary>Writes <c>summary.md</c>, <c>summary.html</c> and the charts under <c>charts/</c> into <paramref name="folder"/>.</summary>
    public static void Write(SuiteSummary summary, string title, string folder) => ReportFiles.Write(Build(summary, title), folder, "summary");

    /// <summary>The summary as GitHub markdown; charts are linked from <c>charts/</c>.</summary>
    public static string ToMarkdown(SuiteSummary summary, string title) => MarkdownRenderer.Render(Build(summary, title));

    /// <summary>The summary as a self-contained HTML page, charts inline.</summary>
    public static string ToHtml(SuiteSummary summary, string title) => HtmlRenderer.Render(Build(summary, title));

    /// <summary>The summary as a document: the run's lines, then a section per table, each with its charts.</summary>
    public static ReportDocument Build(SuiteSummary summary, string title)
    {
        ArgumentNullException.ThrowIfNull(summary);
        List<ReportBlock> blocks = [new ListBlock([.. RunLines(summary)])];
        foreach (Section section in Sections(summary))
        {
            blocks.Add(new HeadingBlock(section.Level, section.Title));
            if (section.Text is { } paragraph)
            {
                blocks.Add(new ParagraphBlock(paragraph, IsNote: true));
            }

            if (section.Headers is { } headers)
            {
                blocks.Add(new TableBlock(headers, [.. section.Rows.Select(row => new TableRow(row.Cells, row.IsBest ? RowMark.Best : RowMark.None))]));
            }

            if (section.Charts.Count > 0)
            {
                blocks.Add(new ChartBlock(section.Charts));
            }
        }

        return new ReportDocument(title, blocks);
    }

    private sealed record Section(int Level, string Title, string? Text, IReadOnlyList<string>? Headers, List<(IReadOnlyList<string> Cells, bool IsBest)> Rows)
    {
        public IReadOnlyList<ChartFile> Charts { get; init; } = [];
    }

    private static IEnumerable<string> RunLines(SuiteSummary summary)
    {
        if (summary.Run is { } run)
        {
            yield return $"Preset: {run.Preset} ({run.Jobs}); label {run.Label}; {run.CreatedUtc:yyyy-MM-dd HH:mm} UTC.";
            yield return $"Machine: {run.ProcessorCount} logical cores; {run.OperatingSystem}; {run.Runtime}; GC: {run.GarbageCollector}"
                + (run.CalibrationNanoseconds is { } calibration ? $"; calibration {Units.Time(calibration)} (a fixed workload: compare refuses runs whose calibrations differ by more than {MachineCalibrationMargin})." : ".");
            if (run.Grid is { } grid)
            {
                yield return $"Grid: {grid}.";
            }

            if (run.Budget is { } budget)
            {
                yield return $"Budget: {budget}.";
            }

        }

        if (summary.Results.Host is { } host)
        {
            yield return $"BenchmarkDotNet host: {host}.";
        }

        yield return "Times are BenchmarkDotNet means per operation; speed-up = sequential time ÷ time; efficiency = speed-up ÷ degree. ★ marks the best.";
    }

    private static IEnumerable<Section> Sections(SuiteSummary summary)
    {
        string JobSuffix(string job) => summary.HasSeveralJobs ? $" [{job}]" : "";

        if (summary.Headlines.Count > 0)
        {
            var rows = summary.Headlines.Select(headline => ((IReadOnlyList<string>)
            [
                headline.Transform + JobSuffix(headline.Job),
                $"{headline.Best.Strategy}, chunk {headline.Best.ChunkLabel}, degree {headline.Best.Degree}",
                Units.Time(headline.Best.MeanNanoseconds),
                Units.Ratio(headline.Best.SpeedUp),
                Units.Percent(headline.Best.Efficiency),
                Units.Time(headline.SequentialNanoseconds),
                headline.NotebookChoice is { } notebook ? $"{Units.Time(notebook.MeanNanoseconds)} ({Units.Ratio(notebook.SpeedUp)})" : "not run",
                headline.Rows.ToString("N0", CultureInfo.InvariantCulture),
            ], false)).ToList();
            yield return new Section(2, "Headline: the fastest configuration per transform", null,
                ["Transform", "Best configuration", ">Time", ">Speed-up", ">Efficiency", ">Sequential", ">parallel-for, chunk 100, highest degree", ">Rows"], rows)
            {
                Charts = [.. summary.Headlines.Select(headline => SuiteCharts.SpeedUpVsDegree(summary.Grids, headline.Transform, headline.Job, summary.HasSeveralJobs))],
            };
        }

        if (summary.Transforms.Count > 0)
        {
            var rows = summary.Transforms.Select(row => ((IReadOnlyList<string>)
            [
                row.RowType + JobSuffix(row.Job),
                Units.Time(row.FaithfulNanoseconds),
                Units.Time(row.FastNanoseconds),
                Units.Ratio(row.FastSpeedUp),
                Units.Throughput(row.FaithfulBytesPerSecond),
                Units.Throughput(row.FastBytesPerSecond),
                row.FaithfulAllocatedBytes is { } faithful ? Units.Bytes(faithful) : "-",
                row.FastAllocatedBytes is { } fast ? Units.Bytes(fast) : "-",
            ], false)).ToList();
            yield return new Section(2, "faithful vs fast, per row on one core", $"Rows of {string.Join(" and ", summary.Transforms.Select(row => $"{row.RowType}: {row.BytesPerRow:N0} bytes").Distinct())}.",
                ["Row type", ">faithful", ">fast", ">fast is faster by", ">faithful throughput", ">fast throughput", ">faithful allocates", ">fast allocates"], rows);
        }

        if (summary.Overheads.Count > 0)
        {
            var rows = summary.Overheads.Select(row => ((IReadOnlyList<string>)
            [
                row.Strategy + JobSuffix(row.Job),
                row.Degree.ToString(CultureInfo.InvariantCulture),
                Units.Time(row.ChunkOfOneNanoseconds),
                Units.Significant(row.MicrosecondsPerChunk) + " µs",
                row.DefaultNanoseconds is { } defaults ? Units.Time(defaults) : "-",
                Units.Time(row.SequentialNanoseconds),
            ], false)).ToList();
            yield return new Section(2, "Cost per chunk (per task)",
                $"Each strategy on a near-free transform over {summary.Overheads[0].Rows:N0} rows. Per chunk = (time with one row per chunk − the sequential loop's time) ÷ rows: wall-clock time per chunk at that degree; at degree 1 it is the whole cost of a task. {DaskComparison}",
                ["Strategy", ">Degree", ">Chunk size 1, total", ">Per chunk", ">Default partitioning, total", ">Sequential loop"], rows)
            {
                Charts = [SuiteCharts.CostPerChunk(summary.Overheads)],
            };
        }

        if (summary.Streaming.Count > 0)
        {
            var rows = summary.Streaming.Select(row => ((IReadOnlyList<string>)
            [
                row.Transform,
                row.Rows.ToString("N0", CultureInfo.InvariantCulture) + JobSuffix(row.Job),
                $"{Units.Significant(row.InMemoryRowsPerSecond / 1e6)} M rows/s",
                $"{Units.Significant(row.StreamingRowsPerSecond / 1e6)} M rows/s",
                row.StreamingBytesPerSecond is { } bytesPerSecond ? $"{Units.Significant(bytesPerSecond / 1e6)} MB/s" : "-",
                Units.Percent(row.ThroughputRatio),
                row.InMemoryPeakBytes is { } inMemory ? Units.Bytes(inMemory) : "-",
                row.StreamingPeakBytes is { } streaming ? Units.Bytes(streaming) : "-",
            ], false)).ToList();
            yield return new Section(2, "Streaming a CSV file vs reading it whole",
                "features --input end to end on 64-value rows of a dataset file (parallel-for, output to a null stream): rows per second and, where the run recorded the file's size, CSV bytes per second. Peak resident memory is per benchmark process; in the quick preset all cases share one process, so read it as an upper bound there.",
                ["Transform", "Rows", ">Read whole (in memory)", ">Streaming", ">Streaming, CSV", ">Streaming ÷ in memory", ">Peak RSS, in memory", ">Peak RSS, streaming"], rows);
        }

        if (summary.DistributedCalls.Count > 0)
        {
            var rows = summary.DistributedCalls.Select(row => ((IReadOnlyList<string>)
            [
                row.Workers.ToString(CultureInfo.InvariantCulture) + JobSuffix(row.Job),
                row.Degree.ToString(CultureInfo.InvariantCulture),
                row.OneInFlightNanoseconds is { } one ? Units.Significant(one / 1_000) + " µs" : "-",
                row.DegreeInFlightNanoseconds is { } overlapping ? Units.Significant(overlapping / 1_000) + " µs" : "-",
                row.SerializeChunkNanoseconds is { } serialize ? Units.Significant(serialize / 1_000) + " µs" : "-",
            ], false)).ToList();
            yield return new Section(2, "Distributed: the cost of a task across a process boundary",
                $"A grain call that does nothing, from this process to worker processes on the same machine (loopback): one at a time (the round trip) and with the degree of calls in flight (time per call, what a run pays); and one chunk of 100 rows × 4,096 bytes serialised and deserialised. Compare the in-process strategies' cost per chunk above. {DaskComparison}",
                ["Workers", ">Degree", ">One call in flight", ">Per call, degree in flight", ">Serialise one 400 KB chunk"], rows);
        }

        if (summary.Distributed.Count > 0)
        {
            var rows = summary.Distributed.Select(row => ((IReadOnlyList<string>)
            [
                row.Transform + JobSuffix(row.Job),
                row.Workers.ToString(CultureInfo.InvariantCulture),
                row.DataPath,
                row.ChunkSize.ToString("N0", CultureInfo.InvariantCulture),
                Units.Time(row.DistributedNanoseconds),
                row.ParallelForNanoseconds is { } parallelFor ? Units.Time(parallelFor) : "-",
                row.RelativeToParallelFor is { } relative ? Units.Ratio(relative) : "-",
                row.ExtraMicrosecondsPerChunk is { } extra ? Units.Time(extra * 1_000) : "-",
            ], row.RelativeToParallelFor is <= 1.15)).ToList();
            DistributedRow first = summary.Distributed[0];
            yield return new Section(2, "Distributed vs parallel-for at the same degree",
                $"The distributed strategy on worker processes of this machine, {first.Rows:N0} rows, degree {first.Degree}: the rows shipped in each call (rows) or each worker reading its slice of a CSV file (file). \"× parallel-for\" is distributed time ÷ parallel-for time at the same chunk size and degree (★: within 15%, the target); \"extra per call\" is the difference ÷ calls, moving or reading the chunk's data included (0 where distributed was faster: separate processes also have separate garbage collectors).",
                ["Transform", ">Workers", "Data path", ">Chunk size", ">Distributed", ">parallel-for", ">× parallel-for", ">Extra per call"], rows);
        }

        if (summary.Grids.Count > 0)
        {
            yield return new Section(2, "Strategies × chunk sizes, per transform and degree", "Chunk size \"default\" is the strategy's own partitioning: Parallel.For's dynamic ranges, PLINQ's static range partitioning, and rows ÷ (3 × degree) per Dataflow task.", null, []);
        }

        foreach (StrategyGrid grid in summary.Grids)
        {
            StrategyCell best = grid.Best;
            var rows = new List<(IReadOnlyList<string>, bool)>
            {
                (["sequential", .. grid.ChunkSizes.Select((_, index) => index == 0 ? Units.Time(grid.SequentialNanoseconds) + " (any chunk size)" : "")], false),
            };
            foreach (string strategy in grid.Strategies)
            {
                rows.Add(([strategy, .. grid.ChunkSizes.Select(chunk => grid.Find(strategy, chunk) is { } cell
                    ? $"{Units.Time(cell.MeanNanoseconds)} · {Units.Ratio(cell.SpeedUp)} · {Units.Percent(cell.Efficiency)}{(cell == best ? " ★" : "")}"
                    : "-")], best.Strategy == strategy));
            }

            yield return new Section(3, $"{grid.Transform}, degree {grid.Degree}, {grid.Rows:N0} rows{JobSuffix(grid.Job)}",
                $"Time · speed-up · efficiency per chunk size. Best: {best.Strategy}, chunk {best.ChunkLabel}: {Units.Time(best.MeanNanoseconds)}, {Units.Ratio(best.SpeedUp)} over sequential.",
                ["Strategy", .. grid.ChunkSizes.Select(chunk => ">chunk " + StrategyCell.ChunkLabelOf(chunk))], rows)
            {
                Charts = [SuiteCharts.TimeVsChunkSize(grid, summary.HasSeveralJobs)],
            };
        }
    }
}
