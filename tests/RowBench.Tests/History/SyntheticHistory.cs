using RowBench.History;

namespace RowBench.Tests.History;

/// <summary>Runs of a made-up history: one benchmark (or a few), Gaussian noise from a fixed seed.</summary>
internal static class SyntheticHistory
{
    public static readonly HistoryMachine Machine = new("Test CPU 9000", 2, "Linux", 9_000_000);

    /// <summary>Runs whose medians are <paramref name="levels"/>[i] × (1 + noise·N(0, 1)), one commit a day.</summary>
    public static List<HistoryRun> Runs(IReadOnlyList<double> levels, double noise, int seed, HistoryMachine? machine = null, int firstDay = 0, params string[] keys)
    {
        var random = new Random(seed);
        string[] names = keys.Length > 0 ? keys : ["Bench.Case"];
        var runs = new List<HistoryRun>();
        for (int index = 0; index < levels.Count; index++)
        {
            List<HistoryBenchmark> benchmarks = [.. names.Select(name =>
            {
                double median = levels[index] * (1 + (noise * Gaussian(random)));
                return new HistoryBenchmark(name, median, [median * 0.99, median, median * 1.01], 1);
            })];
            DateTimeOffset day = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(firstDay + index);
            var run = new HistoryRun("", $"{firstDay + index:x4}{seed:x4}cafe", day, "quick", "quick", day.AddHours(1), machine ?? Machine, benchmarks);
            runs.Add(run with { Id = run.ComputeId() });
        }

        return runs;
    }

    public static double[] Level(double value, int count) => [.. Enumerable.Repeat(value, count)];

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
