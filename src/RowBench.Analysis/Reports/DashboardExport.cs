using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RowBench.Analysis;

namespace RowBench.Reports;

/// <summary>
/// A run in the formats of dashboards people already run, one entry per benchmark with its median and spread (the
/// samples' 25th–75th percentiles): github-action-benchmark's <c>customSmallerIsBetter</c> (an array of name, unit,
/// value, range, extra) and Bencher's metric format (BMF: benchmark name → measure → value, lower_value, upper_value).
/// </summary>
public static class DashboardExport
{
    /// <summary>The formats, as <c>export --format</c> names them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["github-action-benchmark", "bencher"];

    /// <summary>The run in <paramref name="format"/>, as indented JSON.</summary>
    public static string ToJson(BenchmarkResultSet run, string format)
    {
        ArgumentNullException.ThrowIfNull(run);
        JsonNode document = format switch
        {
            "github-action-benchmark" => GitHubActionBenchmark(run),
            "bencher" => Bencher(run),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonArray GitHubActionBenchmark(BenchmarkResultSet run) =>
    [
        .. run.Results.Select(result =>
        {
            (double median, double low, double high) = Spread(result);
            return (JsonNode)new JsonObject
            {
                ["name"] = ComparisonReport.DisplayName(result.Key),
                ["unit"] = "ns",
                ["value"] = Round(median),
                ["range"] = string.Create(CultureInfo.InvariantCulture, $"± {Round((high - low) / 2)}"),
                ["extra"] = string.Create(CultureInfo.InvariantCulture, $"{result.Samples.Count} {result.SampleUnit}; 25th–75th percentile {Round(low)}–{Round(high)} ns"),
            };
        }),
    ];

    private static JsonObject Bencher(BenchmarkResultSet run)
    {
        var document = new JsonObject();
        foreach (BenchmarkResult result in run.Results)
        {
            (double median, double low, double high) = Spread(result);
            document[ComparisonReport.DisplayName(result.Key)] = new JsonObject
            {
                ["latency"] = new JsonObject { ["value"] = Round(median), ["lower_value"] = Round(low), ["upper_value"] = Round(high) },
            };
        }

        return document;
    }

    /// <summary>The median of the samples and their 25th and 75th percentiles (the median alone when there are none).</summary>
    private static (double Median, double Low, double High) Spread(BenchmarkResult result)
    {
        double[] sorted = [.. result.Samples.Where(double.IsFinite).Order()];
        if (sorted.Length == 0)
        {
            return (result.MedianNanoseconds, result.MedianNanoseconds, result.MedianNanoseconds);
        }

        return (Percentile(sorted, 0.5), Percentile(sorted, 0.25), Percentile(sorted, 0.75));
    }

    private static double Percentile(double[] sorted, double p)
    {
        double position = p * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(sorted.Length - 1, below + 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static double Round(double nanoseconds) => Math.Round(nanoseconds, 3);
}
