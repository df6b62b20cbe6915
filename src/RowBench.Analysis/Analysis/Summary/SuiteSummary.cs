namespace RowBench.Analysis.Summary;

/// <summary>
/// What a suite run says, computed from its reports: strategies × chunk sizes per transform and degree with speed-up
/// and efficiency, the best configuration per transform, the cost of a chunk per strategy, and fast vs faithful.
/// </summary>
public sealed class SuiteSummary
{
    private SuiteSummary(
        BenchmarkResultSet results,
        RunInfo? run,
        IReadOnlyList<StrategyGrid> grids,
        IReadOnlyList<StrategyHeadline> headlines,
        IReadOnlyList<OverheadRow> overheads,
        IReadOnlyList<TransformRow> transforms,
        IReadOnlyList<StreamingRow> streaming,
        IReadOnlyList<DistributedRow> distributed,
        IReadOnlyList<DistributedCallRow> distributedCalls)
    {
        Distributed = distributed;
        DistributedCalls = distributedCalls;
        Results = results;
        Run = run;
        Grids = grids;
        Headlines = headlines;
        Overheads = overheads;
        Transforms = transforms;
        Streaming = streaming;
    }

    /// <summary>The reports the summary was computed from.</summary>
    public BenchmarkResultSet Results { get; }

    /// <summary>The run's preset, jobs and machine, when the folder has a run.json.</summary>
    public RunInfo? Run { get; }

    /// <summary>One grid per job, transform, row count and degree.</summary>
    public IReadOnlyList<StrategyGrid> Grids { get; }

    /// <summary>The best configuration per job, transform and row count.</summary>
    public IReadOnlyList<StrategyHeadline> Headlines { get; }

    /// <summary>The cost of a chunk per job, strategy and degree.</summary>
    public IReadOnlyList<OverheadRow> Overheads { get; }

    /// <summary>Fast vs faithful per job and row type.</summary>
    public IReadOnlyList<TransformRow> Transforms { get; }

    /// <summary>A CSV file streamed against read whole, per job and row count.</summary>
    public IReadOnlyList<StreamingRow> Streaming { get; }

    /// <summary>The distributed strategy beside parallel-for, per configuration.</summary>
    public IReadOnlyList<DistributedRow> Distributed { get; }

    /// <summary>The floor of a distributed task, per worker count.</summary>
    public IReadOnlyList<DistributedCallRow> DistributedCalls { get; }

    /// <summary>Whether the results hold several jobs (Workstation and Server GC), which reports then name.</summary>
    public bool HasSeveralJobs => Results.Results.Select(result => result.Job).Distinct().Count() > 1;

    /// <summary>Computes the summary of <paramref name="results"/>; <paramref name="peakMemory"/> comes from <see cref="PeakMemoryFile"/>.</summary>
    public static SuiteSummary From(BenchmarkResultSet results, RunInfo? run = null, IReadOnlyList<PeakMemoryFigure>? peakMemory = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        IReadOnlyList<StrategyGrid> grids = BuildGrids(results);
        return new SuiteSummary(
            results, run, grids, BuildHeadlines(grids), BuildOverheads(results), BuildTransforms(results),
            BuildStreaming(results, peakMemory ?? []), BuildDistributed(results), BuildDistributedCalls(results));
    }

    private static List<StrategyGrid> BuildGrids(BenchmarkResultSet results)
    {
        var grids = new List<StrategyGrid>();
        List<BenchmarkResult> cases = [.. results.OfType(BenchmarkNames.StrategyBenchmarks)];
        foreach (var run in cases.GroupBy(result => (result.Job, Transform: result.Parameter(BenchmarkNames.TransformParameter) ?? "?", Rows: result.IntParameter(BenchmarkNames.RowsParameter) ?? 0)))
        {
            BenchmarkResult? sequential = run.FirstOrDefault(result => result.Method == BenchmarkNames.Sequential);
            if (sequential is null)
            {
                // Without the baseline there is no speed-up to show; the BenchmarkDotNet tables still have the times.
                continue;
            }

            List<BenchmarkResult> parallel = [.. run.Where(result => result.Method != BenchmarkNames.Sequential)];
            List<string> strategies = [.. parallel.Select(result => BenchmarkNames.StrategyOf(result.Method)).Distinct()];
            List<int> chunkSizes = [.. parallel.Select(ChunkSizeOf).Distinct().Order()];
            foreach (var degree in parallel.GroupBy(DegreeOf).OrderBy(group => group.Key))
            {
                List<StrategyCell> cells = [.. degree.Select(result => new StrategyCell(
                    BenchmarkNames.StrategyOf(result.Method),
                    ChunkSizeOf(result),
                    degree.Key,
                    result.MeanNanoseconds,
                    sequential.MeanNanoseconds / result.MeanNanoseconds,
                    result.AllocatedBytesPerOperation))];
                grids.Add(new StrategyGrid(run.Key.Job, run.Key.Transform, run.Key.Rows, degree.Key, sequential.MeanNanoseconds, strategies, chunkSizes, cells));
            }
        }

        return grids;
    }

    private static List<StrategyHeadline> BuildHeadlines(IReadOnlyList<StrategyGrid> grids) =>
    [
        .. grids
            .GroupBy(grid => (grid.Job, grid.Transform, grid.Rows))
            .Select(group =>
            {
                StrategyGrid widest = group.MaxBy(grid => grid.Degree)!;
                StrategyCell best = group.Select(grid => grid.Best).MinBy(cell => cell.MeanNanoseconds)!;
                return new StrategyHeadline(group.Key.Job, group.Key.Transform, group.Key.Rows, widest.SequentialNanoseconds, best, widest.Find("parallel-for", 100));
            }),
    ];

    private static List<OverheadRow> BuildOverheads(BenchmarkResultSet results)
    {
        var rows = new List<OverheadRow>();
        foreach (var run in results.OfType(BenchmarkNames.OverheadBenchmarks).GroupBy(result => (result.Job, Rows: result.IntParameter(BenchmarkNames.RowsParameter) ?? 0)))
        {
            BenchmarkResult? sequential = run.Where(result => result.Method == BenchmarkNames.Sequential).MinBy(result => result.MeanNanoseconds);
            if (sequential is null)
            {
                continue;
            }

            foreach (var strategy in run.Where(result => result.Method != BenchmarkNames.Sequential).GroupBy(result => (result.Method, Degree: DegreeOf(result))))
            {
                BenchmarkResult? chunkOfOne = strategy.FirstOrDefault(result => ChunkSizeOf(result) == 1);
                if (chunkOfOne is null)
                {
                    continue;
                }

                rows.Add(new OverheadRow(
                    run.Key.Job,
                    BenchmarkNames.StrategyOf(strategy.Key.Method),
                    strategy.Key.Degree,
                    run.Key.Rows,
                    chunkOfOne.MeanNanoseconds,
                    strategy.FirstOrDefault(result => ChunkSizeOf(result) == 0)?.MeanNanoseconds,
                    sequential.MeanNanoseconds));
            }
        }

        return [.. rows.OrderBy(row => row.Job).ThenBy(row => row.Degree).ThenBy(row => row.Strategy, StringComparer.Ordinal)];
    }

    private static List<DistributedRow> BuildDistributed(BenchmarkResultSet results)
    {
        List<BenchmarkResult> cases = [.. results.OfType(BenchmarkNames.DistributedBenchmarks)];
        BenchmarkResult? ParallelFor(BenchmarkResult distributed) => cases.FirstOrDefault(result =>
            result.Method == BenchmarkNames.ParallelForMethod && result.Job == distributed.Job
            && result.Parameter(BenchmarkNames.TransformParameter) == distributed.Parameter(BenchmarkNames.TransformParameter)
            && result.IntParameter(BenchmarkNames.RowsParameter) == distributed.IntParameter(BenchmarkNames.RowsParameter)
            && ChunkSizeOf(result) == ChunkSizeOf(distributed) && DegreeOf(result) == DegreeOf(distributed));
        return
        [
            .. cases.Where(result => result.Method == BenchmarkNames.DistributedMethod)
                .Select(result => new DistributedRow(
                    result.Job,
                    result.Parameter(BenchmarkNames.TransformParameter) ?? "?",
                    result.IntParameter(BenchmarkNames.RowsParameter) ?? 0,
                    DegreeOf(result),
                    result.IntParameter(BenchmarkNames.WorkersParameter) ?? 0,
                    ChunkSizeOf(result),
                    result.Parameter(BenchmarkNames.DataPathParameter) ?? "?",
                    result.MeanNanoseconds,
                    ParallelFor(result)?.MeanNanoseconds))
                .OrderBy(row => row.Job, StringComparer.Ordinal).ThenBy(row => row.Transform, StringComparer.Ordinal).ThenBy(row => row.Workers)
                .ThenBy(row => row.DataPath, StringComparer.Ordinal).ThenBy(row => row.ChunkSize),
        ];
    }

    private static List<DistributedCallRow> BuildDistributedCalls(BenchmarkResultSet results)
    {
        List<BenchmarkResult> cases = [.. results.OfType(BenchmarkNames.DistributedCallBenchmarks)];
        // The serialisation is measured once, at the first worker count; it is the same for every cluster.
        double? serialize = cases.FirstOrDefault(result => result.Method == BenchmarkNames.SerializeChunkMethod)?.MeanNanoseconds;
        return
        [
            .. cases.Where(result => result.Method != BenchmarkNames.SerializeChunkMethod)
                .GroupBy(result => (result.Job, Workers: result.IntParameter(BenchmarkNames.WorkersParameter) ?? 0, Degree: DegreeOf(result)))
                .Select(group => new DistributedCallRow(
                    group.Key.Job,
                    group.Key.Workers,
                    group.Key.Degree,
                    group.FirstOrDefault(result => result.Method == BenchmarkNames.CallOneInFlightMethod)?.MeanNanoseconds,
                    group.FirstOrDefault(result => result.Method == BenchmarkNames.CallsWithDegreeInFlightMethod)?.MeanNanoseconds,
                    serialize))
                .OrderBy(row => row.Job, StringComparer.Ordinal).ThenBy(row => row.Workers),
        ];
    }

    private static List<TransformRow> BuildTransforms(BenchmarkResultSet results)
    {
        var rows = new List<TransformRow>();
        foreach (var group in results.OfType(BenchmarkNames.TransformBenchmarks).GroupBy(result => (result.Job, RowType: result.Parameter(BenchmarkNames.RowTypeParameter) ?? "?")))
        {
            BenchmarkResult? faithful = group.FirstOrDefault(result => result.Method == BenchmarkNames.FaithfulMethod);
            BenchmarkResult? fast = group.FirstOrDefault(result => result.Method == BenchmarkNames.FastMethod);
            if (faithful is null || fast is null)
            {
                continue;
            }

            int columns = fast.IntParameter(BenchmarkNames.ColumnsParameter) ?? 0;
            long bytesPerRow = columns * (group.Key.RowType == "byte" ? 1L : sizeof(int));
            rows.Add(new TransformRow(
                group.Key.Job, group.Key.RowType, bytesPerRow, faithful.MeanNanoseconds, fast.MeanNanoseconds,
                faithful.AllocatedBytesPerOperation, fast.AllocatedBytesPerOperation));
        }

        return rows;
    }

    private static List<StreamingRow> BuildStreaming(BenchmarkResultSet results, IReadOnlyList<PeakMemoryFigure> peakMemory)
    {
        var rows = new List<StreamingRow>();
        var groups = results.OfType(BenchmarkNames.StreamingBenchmarks)
            .GroupBy(result => (result.Job, Transform: result.Parameter(BenchmarkNames.TransformParameter)?.Trim('"') ?? "fast", Rows: result.IntParameter(BenchmarkNames.RowsParameter) ?? 0));
        foreach (var group in groups)
        {
            BenchmarkResult? inMemory = group.FirstOrDefault(result => result.Method == BenchmarkNames.InMemoryMethod);
            BenchmarkResult? streaming = group.FirstOrDefault(result => result.Method == BenchmarkNames.StreamingMethod);
            if (inMemory is not null && streaming is not null)
            {
                PeakMemoryFigure? FigureOf(string method) => peakMemory.FirstOrDefault(
                    figure => figure.Method == method && figure.Rows == group.Key.Rows && figure.Transform == group.Key.Transform);
                PeakMemoryFigure? inMemoryFigure = FigureOf(BenchmarkNames.InMemoryMethod), streamingFigure = FigureOf(BenchmarkNames.StreamingMethod);
                rows.Add(new StreamingRow(
                    group.Key.Job, group.Key.Transform, group.Key.Rows, inMemory.MeanNanoseconds, streaming.MeanNanoseconds,
                    inMemoryFigure?.PeakBytes, streamingFigure?.PeakBytes, streamingFigure?.CsvBytes ?? inMemoryFigure?.CsvBytes));
            }
        }

        return rows;
    }

    private static int ChunkSizeOf(BenchmarkResult result) => result.IntParameter(BenchmarkNames.ChunkSizeParameter) ?? 0;

    private static int DegreeOf(BenchmarkResult result) => result.IntParameter(BenchmarkNames.DegreeParameter) ?? 1;
}
