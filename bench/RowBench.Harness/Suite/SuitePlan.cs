using System.Globalization;

namespace RowBench.Harness.Suite;

/// <summary>
/// The grid of one suite run, built once per command from the preset and the command line's overrides, and never
/// changed after: the benchmark classes read it through <see cref="Benchmarks.SuiteGrid"/>, and run.json records it.
/// Every default of the grid is written here and nowhere else.
/// </summary>
/// <param name="Rows">Rows of the strategy and overhead benchmarks' data set.</param>
/// <param name="ChunkSizes">Chunk sizes of the strategy benchmarks; 0 is the strategy's own partitioning.</param>
/// <param name="Degrees">Degrees of parallelism of the strategy benchmarks.</param>
/// <param name="Transforms">The transforms of the strategy benchmarks.</param>
/// <param name="OverheadDegrees">Degrees of the overhead benchmarks.</param>
/// <param name="StreamingRows">Rows of the streaming benchmark's CSV file (64 values a row).</param>
/// <param name="WideStreamingChunkSizes">Chunk sizes of the wide-row streaming benchmark (4,096 values a row, the
/// faithful transform); none in the quick preset, whose three minutes it does not fit.</param>
/// <param name="Input">The name of the CSV file that is the strategy benchmarks' data set (<c>--input</c>); null for the synthetic images.</param>
internal sealed record SuitePlan(
    IReadOnlyList<int> Rows,
    IReadOnlyList<int> ChunkSizes,
    IReadOnlyList<int> Degrees,
    IReadOnlyList<string> Transforms,
    IReadOnlyList<int> OverheadDegrees,
    IReadOnlyList<int> StreamingRows,
    IReadOnlyList<int> WideStreamingChunkSizes,
    string? Input = null)
{
    /// <summary>Both transforms: the slow faithful one the project exists to measure, and the fast one.</summary>
    private static readonly string[] BothTransforms = ["faithful", "fast"];

    /// <summary>Rows of the CSV parser benchmark's file (64 values a row, 35 MB at 200,000); none in the quick preset.</summary>
    public IReadOnlyList<int> ParserRows { get; init; } = [];

    /// <summary>
    /// Worker processes of the distributed benchmarks; none in the quick and default presets, whose time they do not
    /// fit (starting a cluster per case takes seconds): <c>--full</c>, or <c>--workers</c> on the command line.
    /// </summary>
    public IReadOnlyList<int> DistributedWorkers { get; init; } = [];

    /// <summary>Chunk sizes of the distributed benchmarks (0 is the strategy's default partitioning).</summary>
    public IReadOnlyList<int> DistributedChunkSizes { get; init; } = [];

    /// <summary>The distributed benchmarks' chunk sizes when a preset or --workers asks for them and --chunk-sizes does not.</summary>
    public static readonly int[] DefaultDistributedChunkSizes = [10, 100, 1_000];

    /// <summary>A preset's grid on a machine of <paramref name="processorCount"/> processors.</summary>
    public static SuitePlan For(BenchmarkPreset preset, int processorCount) => preset == BenchmarkPreset.Full
        ? ForWithoutDistributed(preset, processorCount) with { DistributedWorkers = [1, 2], DistributedChunkSizes = DefaultDistributedChunkSizes }
        : ForWithoutDistributed(preset, processorCount);

    private static SuitePlan ForWithoutDistributed(BenchmarkPreset preset, int processorCount) => preset == BenchmarkPreset.Quick
        // Small enough for 3 minutes on 2 cores, still both extremes: a task per row, and the notebook's 100.
        ? new SuitePlan([1_000], [1, 100], [.. new[] { 1, processorCount }.Distinct()], BothTransforms, [processorCount], [20_000], [])
        // 9,339 rows (Malimg); 0 (the strategy's own partitioning), 1 (per-row tasks), 10, 100 (the notebook's), 1,000;
        // 1, 2, 4, … up to the processor count; overheads at one worker (the pure cost per chunk) and all of them.
        : new SuitePlan(
            [Data.SyntheticImageGenerator.DefaultRows],
            [0, 1, 10, 100, 1_000],
            PowersOfTwoUpTo(processorCount),
            BothTransforms,
            [.. new[] { 1, processorCount }.Distinct()],
            [200_000],
            // The notebook's 100, and a tuned size larger than a batch's share (the reference tuning's 4,670 for dataflow).
            [100, 4_670]) { ParserRows = [200_000] };

    /// <summary>This plan with the command line's replacements; a null leaves the preset's value.</summary>
    public SuitePlan With(IReadOnlyList<int>? rows, IReadOnlyList<int>? chunkSizes, IReadOnlyList<int>? degrees, IReadOnlyList<string>? transforms, IReadOnlyList<int>? workers = null) => this with
    {
        Rows = rows ?? Rows,
        ChunkSizes = chunkSizes ?? ChunkSizes,
        Degrees = degrees ?? Degrees,
        OverheadDegrees = degrees ?? OverheadDegrees,
        Transforms = transforms is { Count: > 0 } ? transforms : Transforms,
        DistributedWorkers = workers ?? DistributedWorkers,
        DistributedChunkSizes = (workers ?? DistributedWorkers).Count == 0 ? [] : chunkSizes ?? (DistributedChunkSizes.Count > 0 ? DistributedChunkSizes : DefaultDistributedChunkSizes),
    };

    /// <summary>1, 2, 4, … up to <paramref name="maximum"/>, which is always included.</summary>
    public static int[] PowersOfTwoUpTo(int maximum)
    {
        var degrees = new List<int>();
        for (int degree = 1; degree < maximum; degree *= 2)
        {
            degrees.Add(degree);
        }

        degrees.Add(maximum);
        return [.. degrees];
    }

    /// <summary>The plan in one line, as run.json records it.</summary>
    public override string ToString()
    {
        string plan = string.Create(
            CultureInfo.InvariantCulture,
            $"rows {Join(Rows)}; chunk sizes {Join(ChunkSizes)}; degrees {Join(Degrees)}; transforms {string.Join(", ", Transforms)}; "
            + $"overhead degrees {Join(OverheadDegrees)}; streaming rows {Join(StreamingRows)}");
        plan = WideStreamingChunkSizes.Count > 0 ? $"{plan}; wide-row streaming chunk sizes {Join(WideStreamingChunkSizes)}" : plan;
        plan = ParserRows.Count > 0 ? $"{plan}; parser rows {Join(ParserRows)}" : plan;
        plan = DistributedWorkers.Count > 0 ? $"{plan}; distributed workers {Join(DistributedWorkers)}, chunk sizes {Join(DistributedChunkSizes)}" : plan;
        return Input is null ? plan : $"{plan}; input {Input}";
    }

    private static string Join(IEnumerable<int> values) => string.Join(", ", values.Select(value => value.ToString(CultureInfo.InvariantCulture)));
}
