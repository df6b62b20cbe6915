using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Comparison;

public class RunComparisonTests
{
    private static readonly ComparisonOptions TenPercent = new(ChangeThreshold.Parse("10%"), ChangeThreshold.Parse("1us"));

    [Fact]
    public void Compare_TheIssuesExample_IsNotSlower()
    {
        BenchmarkResultSet before = Set(("A", [100e3, 101e3, 102e3, 103e3, 104e3]));
        BenchmarkResultSet after = Set(("A", [100e3, 160e3, 161e3, 162e3, 163e3]));

        BenchmarkComparison row = RunComparison.Compare(before, after, ComparisonOptions.Default, new MannWhitneyComparer(0.01)).Compared.Single();

        Assert.NotEqual(Verdict.Slower, row.Verdict);
    }

    [Fact]
    public void Compare_ZeroThresholdAndAnyNoise_GivesNoDirectionWithoutSignificance()
    {
        var options = new ComparisonOptions(ChangeThreshold.Parse("0%"), ChangeThreshold.Parse("0ns"));
        BenchmarkResultSet before = Set(("A", [100e3, 102e3, 104e3, 106e3, 108e3, 110e3, 112e3, 114e3]));
        BenchmarkResultSet after = Set(("A", [101e3, 103e3, 105e3, 107e3, 109e3, 111e3, 113e3, 115e3]));

        BenchmarkComparison row = RunComparison.Compare(before, after, options, new MannWhitneyComparer()).Compared.Single();

        Assert.Equal(Verdict.Same, row.Verdict);
        Assert.True(row.Ratio > 1);
    }

    [Fact]
    public void Compare_ThirtyNineNoisyBenchmarksOfIdenticalCode_GivesNoVerdict()
    {
        // 2% noise, 8 launches a side, 39 benchmarks: without a correction some would differ by chance.
        var pairs = Enumerable.Range(0, 39).Select(index => ($"B{index}", FakeResults.Samples(8, 1e6, 0.02, seed: index), FakeResults.Samples(8, 1e6, 0.02, seed: 1000 + index))).ToList();
        BenchmarkResultSet before = Set([.. pairs.Select(pair => (pair.Item1, pair.Item2))]);
        BenchmarkResultSet after = Set([.. pairs.Select(pair => (pair.Item1, pair.Item3))]);

        RunComparison comparison = RunComparison.Compare(before, after, new ComparisonOptions(ChangeThreshold.Parse("0%"), ChangeThreshold.Parse("0ns")), new MannWhitneyComparer());

        Assert.Equal(0, comparison.Count(Verdict.Slower) + comparison.Count(Verdict.Faster));
        Assert.Equal(39, comparison.FamilySize);
    }

    [Fact]
    public void Compare_OneOfThirtyNineThirtyPercentSlowerOverEightLaunches_IsTheOnlySlower()
    {
        var before = Enumerable.Range(0, 39).Select(index => ($"B{index}", FakeResults.Samples(8, 1e6, 0.02, seed: index))).ToList();
        var after = Enumerable.Range(0, 39).Select(index => ($"B{index}", FakeResults.Samples(8, index == 7 ? 1.3e6 : 1e6, 0.02, seed: 1000 + index))).ToList();

        RunComparison comparison = RunComparison.Compare(Set([.. before]), Set([.. after]), TenPercent, new MannWhitneyComparer());

        BenchmarkComparison slower = Assert.Single(comparison.Compared, row => row.Verdict == Verdict.Slower);
        Assert.Equal("B7", slower.Key);
        Assert.True(slower.SlowerPValue < 0.05);
        Assert.Contains("Benjamini–Hochberg over 39 tests a direction", slower.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_APlantedStrategyRegressionWithOneSlowBaseLaunch_IsSlowerInEveryCaseOfTheStrategy()
    {
        // The launches of a real ab --quick A/B run (parallel-for made to compute 40% more rows), in ms: Holm over the
        // 27 benchmarks missed the two chunk-1 cases, whose base had one slow launch; the other 23 did not change.
        (string, double[], double[])[] changed =
        [
            ("faithful-1", [86.2, 96.0, 113.8, 93.7, 91.7, 97.0, 92.7, 145.6], [145.9, 147.5, 122.4, 134.3, 151.6, 143.7, 151.1, 157.1]),
            ("faithful-100", [129.2, 97.5, 113.8, 125.2, 102.1, 103.2, 81.1, 116.4], [149.5, 166.1, 174.4, 143.0, 137.3, 164.6, 161.9, 142.8]),
            ("fast-1", [0.1226, 0.1712, 0.1483, 0.1215, 0.1280, 0.1242, 0.1233, 0.1543], [0.2046, 0.1653, 0.1705, 0.1562, 0.2015, 0.1469, 0.1863, 0.1877]),
            ("fast-100", [0.1188, 0.1127, 0.1384, 0.1185, 0.1260, 0.1114, 0.1221, 0.1156], [0.1772, 0.1743, 0.1632, 0.1550, 0.1629, 0.1565, 0.1634, 0.1638]),
        ];
        var before = changed.Select(item => (item.Item1, item.Item2.Select(ms => ms * 1e6).ToArray())).ToList();
        var after = changed.Select(item => (item.Item1, item.Item3.Select(ms => ms * 1e6).ToArray())).ToList();
        for (int index = 0; index < 23; index++)
        {
            before.Add(($"same-{index}", FakeResults.Samples(8, 1e6, 0.1, seed: index)));
            after.Add(($"same-{index}", FakeResults.Samples(8, 1e6, 0.1, seed: 500 + index)));
        }

        RunComparison comparison = RunComparison.Compare(Set([.. before]), Set([.. after]), ComparisonOptions.Default, new MannWhitneyComparer());

        Assert.Equal(changed.Select(item => item.Item1).Order(), comparison.Compared.Where(row => row.Verdict == Verdict.Slower).Select(row => row.Key).Order());
    }

    [Fact]
    public void Compare_ThreeSamplesPerSideOfAHugeChange_IsUnknownAndSaysWhy()
    {
        BenchmarkComparison row = RunComparison.Compare(
            Set(("A", [1e6, 1.01e6, 0.99e6])), Set(("A", [3e6, 3.01e6, 2.99e6])), TenPercent, new MannWhitneyComparer()).Compared.Single();

        Assert.Equal(Verdict.Unknown, row.Verdict);
        Assert.Contains("too few", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_StatisticsMedianDiffersFromSamples_ReportsTheSamplesMedian()
    {
        // BenchmarkDotNet's Result-stage median (overhead subtracted, outliers removed) is not what the test sees.
        BenchmarkResultSet before = Set(("A", [1e6, 1e6, 1e6, 1e6, 1e6]));
        BenchmarkResultSet after = new("new", [Result("A", [1e6, 1e6, 1e6, 1e6, 1e6]) with { MedianNanoseconds = 1.4e6 }], null);

        BenchmarkComparison row = RunComparison.Compare(before, after, TenPercent, new MannWhitneyComparer()).Compared.Single();

        Assert.Equal(1.0, row.Ratio, 9);
        Assert.Equal(Verdict.Same, row.Verdict);
    }

    [Fact]
    public void CombineLaunches_ThreeLaunches_GivesOneSamplePerLaunchFromItsMedian()
    {
        BenchmarkResultSet[] launches =
        [
            Set(("A", [1, 2, 3])),
            Set(("A", [10, 20, 30])),
            Set(("A", [100, 200, 300]), ("B", [5, 5, 5])),
        ];

        BenchmarkResultSet combined = BenchmarkResultSet.CombineLaunches("ab", launches);

        BenchmarkResult a = combined.Find("A")!;
        Assert.Equal([2.0, 20.0, 200.0], a.Samples);
        Assert.Equal(3, a.Launches);
        Assert.Equal("launches", a.SampleUnit);
        Assert.Equal(1, combined.Find("B")!.Launches);
    }

    private static BenchmarkResultSet Set(params (string Key, double[] Samples)[] benchmarks) =>
        new("test", [.. benchmarks.Select(benchmark => Result(benchmark.Key, benchmark.Samples))], null);

    private static BenchmarkResult Result(string key, double[] samples) =>
        new(key, "StrategyBenchmarks", key, "Quick", new Dictionary<string, string>(), samples.Average(), BenchmarkResult.Median(samples), 0, samples, 1024);
}
