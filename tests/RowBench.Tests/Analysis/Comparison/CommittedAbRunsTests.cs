using System.Text.Json;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Comparison;

/// <summary>
/// The launches of the committed <c>ab --quick</c> runs (results/ab-quick), judged again by today's rules: identical
/// code gives no verdict, and a strategy made slower is slower in every one of its strategy-suite cases and nowhere
/// else. A change to the statistics that would have failed on real launches fails here.
/// </summary>
public class CommittedAbRunsTests
{
    private const string Strategy = "RowBench.Harness.Benchmarks.StrategyBenchmarks.ParallelFor(";

    public static TheoryData<string> IdenticalCode => [.. Folders("aa-")];

    /// <summary>
    /// Runs against parallel-for computing two rows in five twice (planted-parallel-for-extra-work.patch): 40% more work
    /// of the same kind in every case. The earlier planted spin (planted-parallel-for.patch) freed the other worker's
    /// share of memory bandwidth and the GC while it spun, and slowed `faithful` at 100 rows a chunk by only ×1.2–1.3
    /// as measured, below the 30% the gate is sized for; its runs are held to the second rule only.
    /// </summary>
    public static TheoryData<string> PlantedExtraWork => [.. Folders("ab-planted-parallel-for-extra-work").Where(name => !name.EndsWith("-busy", StringComparison.Ordinal))];

    /// <summary>The same, run while this machine was building and testing beside it: load widens the launches' spread.</summary>
    public static TheoryData<string> PlantedExtraWorkOnABusyMachine => [.. Folders("ab-planted-parallel-for-extra-work").Where(name => name.EndsWith("-busy", StringComparison.Ordinal))];

    public static TheoryData<string> EveryPlantedRun => [.. Folders("ab-planted-parallel-for")];

    [Theory]
    [MemberData(nameof(IdenticalCode))]
    public void Compare_CommittedRunOfIdenticalCode_GivesNoVerdict(string folder)
    {
        RunComparison comparison = Compare(folder);

        Assert.Equal(0, comparison.Count(Verdict.Slower));
        Assert.Equal(0, comparison.Count(Verdict.Faster));
    }

    [Theory]
    [MemberData(nameof(PlantedExtraWork))]
    public void Compare_CommittedRunOfAPlantedParallelForRegression_IsSlowerInEveryStrategyCaseOfIt(string folder)
    {
        RunComparison comparison = Compare(folder);

        List<BenchmarkComparison> strategyCases = [.. comparison.Compared.Where(row => row.Key.StartsWith(Strategy, StringComparison.Ordinal))];
        Assert.Equal(4, strategyCases.Count);
        Assert.All(strategyCases, row => Assert.Equal(Verdict.Slower, row.Verdict));
    }

    [Theory]
    [MemberData(nameof(PlantedExtraWorkOnABusyMachine))]
    public void Compare_CommittedRunOfAPlantedRegressionOnABusyMachine_IsSlowerInMostStrategyCasesOfIt(string folder)
    {
        RunComparison comparison = Compare(folder);

        Assert.True(comparison.Compared.Count(row => row.Key.StartsWith(Strategy, StringComparison.Ordinal) && row.Verdict == Verdict.Slower) >= 3);
    }

    [Theory]
    [MemberData(nameof(EveryPlantedRun))]
    public void Compare_CommittedRunOfAPlantedParallelForRegression_IsSlowerNowhereElse(string folder)
    {
        RunComparison comparison = Compare(folder);

        // The streaming benchmarks run their batches through parallel-for, so they may rightly be slower too.
        Assert.All(
            comparison.Compared.Where(row => row.Verdict == Verdict.Slower),
            row => Assert.True(row.Method == "ParallelFor" || row.Type == "StreamingBenchmarks", $"{row.Key} is slower"));
    }

    private static IEnumerable<string> Folders(string prefix) =>
        Directory.GetDirectories(Repository.Path("results", "ab-quick"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static RunComparison Compare(string folder)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.Path("results", "ab-quick", folder, "launches.json")));
        List<JsonElement> launches = [.. document.RootElement.GetProperty("launches").EnumerateArray()];
        return RunComparison.Compare(Side(launches, "base"), Side(launches, "new"), ComparisonOptions.Default, new MannWhitneyComparer());
    }

    private static BenchmarkResultSet Side(List<JsonElement> launches, string side)
    {
        List<JsonElement> mine = [.. launches.Where(launch => launch.GetProperty("side").GetString() == side)];
        List<string> keys = [.. mine[0].GetProperty("medianNanoseconds").EnumerateObject().Select(property => property.Name)];
        List<BenchmarkResult> results = [.. keys.Select(key =>
        {
            double[] samples = [.. mine.Select(launch => launch.GetProperty("medianNanoseconds").GetProperty(key).GetDouble())];
            string name = key[..key.IndexOf('(', StringComparison.Ordinal)];
            string[] parts = name.Split('.');
            return new BenchmarkResult(key, parts[^2], parts[^1], "Launch", new Dictionary<string, string>(), samples.Average(), BenchmarkResult.Median(samples), 0, samples, null, samples.Length);
        })];
        return new BenchmarkResultSet(side, results, host: null);
    }
}
