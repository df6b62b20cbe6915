namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The parameter grid of this run. The run command sets it from the preset before BenchmarkDotNet builds its cases;
/// the <c>[ParamsSource]</c> members of the benchmark classes read it. The defaults are the default preset's grid.
/// </summary>
internal static class SuiteGrid
{
    /// <summary>0 (the strategy's own partitioning), 1 (per-row tasks), 10, 100 (the notebook's choice), 1000.</summary>
    public static IReadOnlyList<int> ChunkSizes { get; set; } = [0, 1, 10, 100, 1_000];

    /// <summary>1, 2, 4, … up to the processor count, which is always included.</summary>
    public static IReadOnlyList<int> Degrees { get; set; } = PowersOfTwoUpTo(Environment.ProcessorCount);

    /// <summary>Both transforms: the slow faithful one the project exists to measure, and the fast one.</summary>
    public static IReadOnlyList<string> Transforms { get; set; } = ["faithful", "fast"];

    /// <summary>9,339 rows: the size of the Malimg data set.</summary>
    public static IReadOnlyList<int> Rows { get; set; } = [Data.SyntheticImageGenerator.DefaultRows];

    /// <summary>The degrees for the overhead benchmarks: one worker (the pure cost per chunk) and all of them.</summary>
    public static IReadOnlyList<int> OverheadDegrees { get; set; } = [.. new[] { 1, Environment.ProcessorCount }.Distinct()];

    /// <summary>Rows of the streaming benchmark's CSV file (64 values a row): 200,000 is a 35 MB file.</summary>
    public static IReadOnlyList<int> StreamingRows { get; set; } = [200_000];

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
}
