using Xunit.Abstractions;
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
public class CommittedAbRunsTests(ITestOutputHelper output)
{
    private readonly ITestOutputHelper _output = output;

    private const string Strategy = "RowBench.Harness.Benchmarks.StrategyBenchmarks.ParallelFor(";

    public static TheoryData<string> IdenticalCode => [.. Folders("aa-")];

    /// <summary>
    /// Runs against parallel-for taking 40% longer as a whole (planted-parallel-for-whole-run.patch: a spin on the
    /// calling thread after the workers finish), which makes every case of it 1.4× slower whatever its chunking.
    /// </summary>
    public static TheoryData<string> PlantedWholeRun => [.. Folders("ab-planted-parallel-for-whole-run")];

    /// <summary>
    /// Runs against the earlier plants: 40% more work per chunk (extra-work), or a 40% spin per chunk. Neither makes
    /// every case 30% slower — where the per-task cost dominates (fast at one row a chunk) extra work adds ~20%, and a
    /// spinning worker frees memory bandwidth and the GC for the other — so they are held to most cases.
    /// </summary>
    public static TheoryData<string> EarlierPlants => [.. Folders("ab-planted-parallel-for").Where(name => !name.StartsWith("ab-planted-parallel-for-whole-run", StringComparison.Ordinal))];

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
    [MemberData(nameof(PlantedWholeRun))]
    public void Compare_CommittedRunOfAPlantedParallelForRegression_IsSlowerInEveryStrategyCaseOfIt(string folder)
    {
        RunComparison comparison = Compare(folder);

        List<BenchmarkComparison> strategyCases = [.. comparison.Compared.Where(row => row.Key.StartsWith(Strategy, StringComparison.Ordinal))];
        Assert.Equal(4, strategyCases.Count);
        Assert.All(strategyCases, row => Assert.Equal(Verdict.Slower, row.Verdict));
    }

    [Theory]
    [MemberData(nameof(EarlierPlants))]
    public void Compare_CommittedRunOfAnEarlierPlant_IsSlowerInMostStrategyCasesOfIt(string folder)
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

    [Theory]
    [MemberData(nameof(IdenticalCode))]
    public void Compare_CommittedRunOfIdenticalCode_SaysWhatItCannotResolve(string folder)
    {
        RunComparison comparison = Compare(folder);

        // Today's launch-per-side design on 2 cores: no run of it resolves the 5% threshold for every benchmark, and
        // every 'same' must say how much it could have missed.
        Assert.All(comparison.Compared.Where(row => row.Verdict == Verdict.Same), row => Assert.StartsWith("same — cannot resolve less than", row.Reason, StringComparison.Ordinal));
        Assert.True(comparison.LeastResolved!.MinimumDetectableChange > 0.05);
        _output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{folder}: median MDE {comparison.MedianMinimumDetectableChange:P1}, worst {comparison.LeastResolved.MinimumDetectableChange:P1} ({comparison.LeastResolved.Key})"));
    }

    private static IEnumerable<string> Folders(string prefix) =>
        Directory.GetDirectories(Repository.Path("results", "ab-quick", "launch-per-side"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static RunComparison Compare(string folder)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.Path("results", "ab-quick", "launch-per-side", folder, "launches.json")));
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
