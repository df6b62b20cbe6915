using System.Text.Json;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli;

/// <summary>export: a committed run in the shapes github-action-benchmark and Bencher document.</summary>
public class ExportCommandTests
{
    [Fact]
    public void Export_GitHubActionBenchmark_IsCustomSmallerIsBetterShape()
    {
        HarnessRun run = HarnessRun.Of("export", Repository.Path("results", "baseline-quick"), "--format", "github-action-benchmark");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        // customSmallerIsBetter: an array of { name: string, unit: string, value: number, range?: string, extra?: string }.
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.True(document.RootElement.GetArrayLength() > 10);
        Assert.All(document.RootElement.EnumerateArray(), entry =>
        {
            Assert.Equal(JsonValueKind.String, entry.GetProperty("name").ValueKind);
            Assert.Equal("ns", entry.GetProperty("unit").GetString());
            Assert.True(entry.GetProperty("value").GetDouble() > 0);
            Assert.StartsWith("± ", entry.GetProperty("range").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.String, entry.GetProperty("extra").ValueKind);
        });
        Assert.Equal(
            document.RootElement.GetArrayLength(),
            document.RootElement.EnumerateArray().Select(entry => entry.GetProperty("name").GetString()).Distinct().Count());
    }

    [Fact]
    public void Export_Bencher_IsMetricFormatWithLatencyBounds()
    {
        using var directory = new TempDirectory();
        string file = Path.Combine(directory.Path, "bmf.json");

        HarnessRun run = HarnessRun.Of("export", Repository.Path("results", "baseline-quick"), "--format", "bencher", "--out", file);

        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
        // BMF: { "<benchmark>": { "<measure>": { "value": number, "lower_value"?: number, "upper_value"?: number } } }.
        Assert.All(document.RootElement.EnumerateObject(), benchmark =>
        {
            JsonElement latency = benchmark.Value.GetProperty("latency");
            double value = latency.GetProperty("value").GetDouble();
            Assert.InRange(value, latency.GetProperty("lower_value").GetDouble(), latency.GetProperty("upper_value").GetDouble());
        });
    }

    [Fact]
    public void Export_UnknownFormat_ExitsTwo()
    {
        HarnessRun run = HarnessRun.Of("export", Repository.Path("results", "baseline-quick"), "--format", "grafana");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'grafana' is not a format", run.Error, StringComparison.Ordinal);
    }
}
