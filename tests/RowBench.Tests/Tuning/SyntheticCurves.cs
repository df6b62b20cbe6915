using RowBench.Tuning;

namespace RowBench.Tests.Tuning;

/// <summary>Chunk-size curves from a known cost model, with optional multiplicative noise from a fixed seed.</summary>
public static class SyntheticCurves
{
    public static IReadOnlyList<ChunkSizePoint> Points(CostModel truth, IEnumerable<int> chunkSizes, double noise = 0, int samples = 7, int seed = 1)
    {
        var random = new Random(seed);
        return
        [
            .. chunkSizes.Select(chunkSize =>
            {
                double[] values = [.. Enumerable.Range(0, samples).Select(_ => truth.Predict(chunkSize) * (1 + (noise * ((2 * random.NextDouble()) - 1))))];
                return new ChunkSizePoint(chunkSize, values.Average(), values);
            }),
        ];
    }

    public static ChunkSizeCurve Curve(CostModel truth, double noise = 0, int rows = 9_339, int degree = 2, int seed = 1) =>
        new("parallel-for", "fast", degree, rows, processorCount: 2, Points(truth, ChunkSizeGrid.For(rows, degree, 2), noise, seed: seed));
}
