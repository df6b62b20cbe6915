using System.Text.Json;

namespace RowBench.Tests.TestDoubles;

/// <summary>Writes hand-made BenchmarkDotNet full JSON reports, with the fields the project reads.</summary>
public static class FakeResults
{
    public sealed record Benchmark(string Type, string Method, string Parameters, double[] SamplesNanoseconds, double? Allocated = 1024, string Job = "Quick");

    public static string Write(string folder, string className, params Benchmark[] benchmarks)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, $"RowBench.Harness.Benchmarks.{className}-report-full.json");
        var document = new
        {
            Title = className,
            HostEnvironmentInfo = new { ProcessorName = "Test CPU", PhysicalCoreCount = 2, LogicalCoreCount = 2, OsVersion = "TestOS", RuntimeVersion = ".NET 10.0", BenchmarkDotNetVersion = "0.15.8" },
            Benchmarks = benchmarks.Select(benchmark => new
            {
                DisplayInfo = $"{benchmark.Type}.{benchmark.Method}: {benchmark.Job}(IterationCount={benchmark.SamplesNanoseconds.Length}) [{benchmark.Parameters.Replace('&', ',')}]",
                Namespace = "RowBench.Harness.Benchmarks",
                benchmark.Type,
                benchmark.Method,
                MethodTitle = benchmark.Method,
                benchmark.Parameters,
                FullName = $"RowBench.Harness.Benchmarks.{benchmark.Type}.{benchmark.Method}({string.Join(", ", benchmark.Parameters.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Replace("=", ": ", StringComparison.Ordinal)))})",
                Statistics = new
                {
                    N = benchmark.SamplesNanoseconds.Length,
                    Mean = benchmark.SamplesNanoseconds.Average(),
                    Median = Median(benchmark.SamplesNanoseconds),
                    StandardDeviation = StandardDeviation(benchmark.SamplesNanoseconds),
                    OriginalValues = benchmark.SamplesNanoseconds,
                },
                Memory = new { BytesAllocatedPerOperation = benchmark.Allocated },
                Measurements = benchmark.SamplesNanoseconds.Select((nanoseconds, index) => new
                {
                    IterationMode = "Workload",
                    IterationStage = "Actual",
                    LaunchIndex = 1,
                    IterationIndex = index + 1,
                    Operations = 4,
                    Nanoseconds = nanoseconds * 4,
                }),
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document));
        return path;
    }

    /// <summary>Samples around <paramref name="center"/>, spread by ±<paramref name="spread"/> (a fraction), from a fixed seed.</summary>
    public static double[] Samples(int count, double center, double spread = 0.01, int seed = 1)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => center * (1 + (spread * ((2 * random.NextDouble()) - 1))))];
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double StandardDeviation(double[] values)
    {
        double mean = values.Average();
        return values.Length < 2 ? 0 : Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / (values.Length - 1));
    }
}
