namespace RowBench.Harness.Benchmarks;

/// <summary>The benchmark categories, for <c>--filter</c> and <c>--anyCategories</c>; a published name is never changed.</summary>
internal static class BenchmarkCategories
{
    /// <summary>Whole-data-set runs of each strategy across chunk sizes and degrees.</summary>
    public const string Strategies = "Strategies";

    /// <summary>Per-row cost of each transform.</summary>
    public const string Transforms = "Transforms";

    /// <summary>Strategies on a near-free transform: the cost of a chunk itself.</summary>
    public const string Overhead = "Overhead";

    /// <summary>A CSV file end to end: streamed, and read whole first.</summary>
    public const string Streaming = "Streaming";

    /// <summary>Chunk calls to worker processes (Orleans), beside parallel-for in one process.</summary>
    public const string Distributed = "Distributed";
}
