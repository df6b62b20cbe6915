using RowBench.Harness.Benchmarks;

namespace RowBench.Harness.Suite;

/// <summary>Sets <see cref="SuiteGrid"/> to a preset's grid before BenchmarkDotNet builds its cases.</summary>
internal static class SuiteGridPresets
{
    public static void Apply(BenchmarkPreset preset)
    {
        if (preset == BenchmarkPreset.Quick)
        {
            // Small enough for 3 minutes on 2 cores, still both extremes: a task per row, and the notebook's 100.
            SuiteGrid.Rows = [1_000];
            SuiteGrid.ChunkSizes = [1, 100];
            SuiteGrid.Degrees = [.. new[] { 1, Environment.ProcessorCount }.Distinct()];
            SuiteGrid.OverheadDegrees = [Environment.ProcessorCount];
            SuiteGrid.StreamingRows = [20_000];
        }
        else
        {
            SuiteGrid.Rows = [Data.SyntheticImageGenerator.DefaultRows];
            SuiteGrid.ChunkSizes = [0, 1, 10, 100, 1_000];
            SuiteGrid.Degrees = SuiteGrid.PowersOfTwoUpTo(Environment.ProcessorCount);
            SuiteGrid.OverheadDegrees = [.. new[] { 1, Environment.ProcessorCount }.Distinct()];
            SuiteGrid.StreamingRows = [200_000];
        }
    }
}
