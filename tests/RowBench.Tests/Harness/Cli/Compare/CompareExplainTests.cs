using System.Text.Json;
using RowBench.Analysis.Explain;
using RowBench.Harness.Cli.Run;
using RowBench.Tests.TestDoubles;
using static RowBench.Tests.TestDoubles.FakeResults;

namespace RowBench.Tests.Harness.Cli.Compare;

/// <summary>compare explains its slower verdicts when both runs hold traces (run --trace).</summary>
public class CompareExplainTests
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private const string Key = "RowBench.Harness.Benchmarks.StrategyBenchmarks.Plinq(Transform: fast, Rows: 1000, ChunkSize: 100, DegreeOfParallelism: 2)";

    [Fact]
    public void Compare_BothRunsTracedAndNewSlower_ExplainsItAndCopiesBothTraces()
    {
        using var directory = new TempDirectory();
        string before = Run(directory, "base", 1e6, transformSamples: 900);
        string after = Run(directory, "new", 1.3e6, transformSamples: 1200);
        string report = Path.Combine(directory.Path, "report");

        HarnessRun run = HarnessRun.Of("compare", before, after, "--out", report);

        Assert.Equal(1, run.ExitCode);
        string markdown = File.ReadAllText(Path.Combine(report, "compare.md"));
        Assert.Contains("## Where the time went (--explain)", markdown, StringComparison.Ordinal);
        Assert.Contains("counters standing out: not read (ab only); grown most, your code (deepest carrying half the growth): RowBench.Transforms.FastTransform.Apply +3 ms/op", markdown, StringComparison.Ordinal);
        Assert.Contains("[new side's trace (speedscope)](traces/01-new.speedscope.json)", markdown, StringComparison.Ordinal);
        Assert.Equal("new", File.ReadAllText(Path.Combine(report, "traces", "01-new.speedscope.json")));
        Assert.Equal("base", File.ReadAllText(Path.Combine(report, "traces", "01-base.speedscope.json")));
    }

    [Fact]
    public void Compare_OnlyTheBaseTraced_SaysSoInsteadOfExplaining()
    {
        using var directory = new TempDirectory();
        string before = Run(directory, "base", 1e6, transformSamples: 900);
        string after = Path.Combine(directory.Path, "new");
        Write(after, "StrategyBenchmarks", new Benchmark("StrategyBenchmarks", "Plinq", "Transform=fast&Rows=1000&ChunkSize=100&DegreeOfParallelism=2", Samples(7, 1.3e6, seed: 2)));

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Contains("Not explained: only the base run holds traces; run both with --trace.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NeitherRunTraced_HasNoExplanationSection()
    {
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base");
        Write(before, "StrategyBenchmarks", new Benchmark("StrategyBenchmarks", "Plinq", "Transform=fast&Rows=1000&ChunkSize=100&DegreeOfParallelism=2", Samples(7, 1e6, seed: 1)));

        HarnessRun run = HarnessRun.Of("compare", before, before);

        Assert.DoesNotContain("Where the time went", run.Output, StringComparison.Ordinal);
    }

    /// <summary>A run folder with one benchmark and its traces: 100 operations, the transform in <paramref name="transformSamples"/> samples of 1 ms.</summary>
    private static string Run(TempDirectory directory, string name, double nanoseconds, int transformSamples)
    {
        string folder = Path.Combine(directory.Path, name);
        Write(folder, "StrategyBenchmarks", new Benchmark("StrategyBenchmarks", "Plinq", "Transform=fast&Rows=1000&ChunkSize=100&DegreeOfParallelism=2", Samples(7, nanoseconds, seed: name.Length)));
        string traces = Path.Combine(folder, RunTraces.Folder);
        Directory.CreateDirectory(traces);
        File.WriteAllText(Path.Combine(traces, "001.speedscope.json"), name);
        var profile = new MethodProfile(100, 2000, 1, transformSamples + 100, new Dictionary<string, MethodSamples>
        {
            ["RowBench.Harness.Benchmarks.StrategyBenchmarks.Plinq"] = new(transformSamples + 100, 0, true, 2, ["RowBench.Transforms.FastTransform.Apply"]),
            ["RowBench.Transforms.FastTransform.Apply"] = new(transformSamples, transformSamples, true, 9),
        });
        File.WriteAllText(
            Path.Combine(traces, RunTraces.IndexFile),
            JsonSerializer.Serialize(new[] { new TracedCase(Key, profile, 0, "001.speedscope.json") }, CamelCase));
        return folder;
    }
}
