using RowBench.Harness.Suite;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// Where the benchmark classes' <c>[ParamsSource]</c> members find this run's <see cref="SuitePlan"/>. BenchmarkDotNet
/// reads parameter sources from static members while it builds the cases, so the run command installs the whole,
/// immutable plan here once, before that; no part of it is set on its own, so one run's choices cannot leak into the
/// next. The default is the default preset's plan.
/// </summary>
internal static class SuiteGrid
{
    /// <summary>The plan the cases are built from.</summary>
    public static SuitePlan Plan { get; private set; } = SuitePlan.For(BenchmarkPreset.Default, Environment.ProcessorCount);

    public static IReadOnlyList<int> ChunkSizes => Plan.ChunkSizes;

    public static IReadOnlyList<int> Degrees => Plan.Degrees;

    public static IReadOnlyList<string> Transforms => Plan.Transforms;

    public static IReadOnlyList<int> Rows => Plan.Rows;

    public static IReadOnlyList<int> OverheadDegrees => Plan.OverheadDegrees;

    public static IReadOnlyList<int> StreamingRows => Plan.StreamingRows;

    public static IReadOnlyList<int> WideStreamingChunkSizes => Plan.WideStreamingChunkSizes;

    public static IReadOnlyList<int> ParserRows => Plan.ParserRows;

    public static IReadOnlyList<int> DistributedWorkers => Plan.DistributedWorkers;

    public static IReadOnlyList<int> DistributedChunkSizes => Plan.DistributedChunkSizes;

    /// <summary>Installs <paramref name="plan"/> as a whole, before BenchmarkDotNet builds the cases.</summary>
    public static void Use(SuitePlan plan) => Plan = plan ?? throw new ArgumentNullException(nameof(plan));
}
