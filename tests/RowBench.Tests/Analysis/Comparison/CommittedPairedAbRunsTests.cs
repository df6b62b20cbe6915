using System.Text.Json;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Harness.Cli.Ab;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Comparison;

/// <summary>
/// The paired launches of the committed <c>ab --quick</c> runs (results/ab-quick/paired), judged again by today's rules:
/// identical code gives no verdict; PLINQ made slower (a share of its rows computed once more, sequentially, before
/// its parallel run) is slower where it is and nowhere else. A change to the statistics that would have failed on real
/// launches fails here.
/// </summary>
public class CommittedPairedAbRunsTests
{
    private const string Plinq = "RowBench.Harness.Benchmarks.StrategyBenchmarks.Plinq(";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static TheoryData<string> IdenticalCode => [.. Folders("aa-")];

    public static TheoryData<string> ThirtyPercent => [.. Folders("ab30-")];

    public static TheoryData<string> EveryPlantedRun => [.. Folders("ab")];

    /// <summary>
    /// The bar for the ~10% plant: every PLINQ strategy case "slower" in at least 4 of the 5 committed runs.
    /// </summary>
    [Fact]
    public void Compare_CommittedRunsOfPlinqTenPercentSlower_CatchEveryCaseInFourOfFive()
    {
        List<string> runs = [.. Folders("ab10-")];
        Assert.True(runs.Count >= 5, $"{runs.Count} committed ~10% runs");
        Dictionary<string, int> caught = runs
            .SelectMany(folder => Compare(folder).Compared.Where(row => row.Key.StartsWith(Plinq, StringComparison.Ordinal)))
            .GroupBy(row => row.Key)
            .ToDictionary(group => group.Key, group => group.Count(row => row.Verdict == Verdict.Slower));

        Assert.Equal(4, caught.Count);
        Assert.All(caught, pair => Assert.True(pair.Value >= runs.Count - 1, $"{pair.Key}: slower in {pair.Value} of {runs.Count}"));
    }

    [Theory]
    [MemberData(nameof(IdenticalCode))]
    public void Compare_CommittedRunOfIdenticalCode_GivesNoVerdict(string folder)
    {
        RunComparison comparison = Compare(folder);

        Assert.Equal(0, comparison.Count(Verdict.Slower));
        Assert.Equal(0, comparison.Count(Verdict.Faster));
    }

    [Theory]
    [MemberData(nameof(ThirtyPercent))]
    public void Compare_CommittedRunOfPlinqThirtyPercentSlower_IsSlowerInEveryPlinqStrategyCase(string folder)
    {
        RunComparison comparison = Compare(folder);

        List<BenchmarkComparison> plinq = [.. comparison.Compared.Where(row => row.Key.StartsWith(Plinq, StringComparison.Ordinal))];
        Assert.Equal(4, plinq.Count);
        Assert.All(plinq, row => Assert.Equal(Verdict.Slower, row.Verdict));
    }

    [Theory]
    [MemberData(nameof(EveryPlantedRun))]
    public void Compare_CommittedRunOfAPlinqPlant_IsSlowerNowhereElse(string folder)
    {
        RunComparison comparison = Compare(folder);

        Assert.All(comparison.Compared.Where(row => row.Verdict == Verdict.Slower), row => Assert.Equal("Plinq", row.Method));
        Assert.Equal(0, comparison.Count(Verdict.Faster));
    }

    private static IEnumerable<string> Folders(string prefix) =>
        Directory.GetDirectories(Repository.Path("results", "ab-quick", "paired"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static RunComparison Compare(string folder)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.Path("results", "ab-quick", "paired", folder, "launches.json")));
        List<PairedLaunch.LaunchResult> launches = document.RootElement.GetProperty("pairedLaunches").Deserialize<List<PairedLaunch.LaunchResult>>(JsonOptions)!;
        // A budgeted run spent α over its looks: its verdicts stand at the level of the look it stopped at.
        double level = document.RootElement.TryGetProperty("looks", out JsonElement looks) && looks.ValueKind == JsonValueKind.Array && looks.GetArrayLength() > 0
            ? looks[looks.GetArrayLength() - 1].GetProperty("level").GetDouble()
            : MannWhitneyComparer.DefaultSignificanceLevel;
        return RunComparison.Compare(
            AbPairedRunner.Side(launches, "base", isNew: false), AbPairedRunner.Side(launches, "new", isNew: true), ComparisonOptions.Default, new PairedRatioComparer(level));
    }
}
