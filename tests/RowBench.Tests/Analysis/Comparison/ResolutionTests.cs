using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Comparison;

public class ResolutionTests
{
    private const double Alpha = 0.05;

    [Fact]
    public void Of_TightSamples_ResolvesLittleMoreThanTheThreshold()
    {
        Resolution resolution = Resolution.Of(FakeResults.Samples(8, 1e6, 0.01, seed: 1), FakeResults.Samples(8, 1e6, 0.01, seed: 2), Alpha, familySize: 27, 0.05, smallestPValue: 1.0 / 12870);

        Assert.InRange(resolution.MinimumDetectableChange, 0.05, 0.10);
    }

    [Fact]
    public void Of_NoisierSamples_ResolveLess()
    {
        Resolution tight = Resolution.Of(FakeResults.Samples(8, 1e6, 0.02, seed: 3), FakeResults.Samples(8, 1e6, 0.02, seed: 4), Alpha, 27, 0.05, 1.0 / 12870);
        Resolution noisy = Resolution.Of(FakeResults.Samples(8, 1e6, 0.20, seed: 3), FakeResults.Samples(8, 1e6, 0.20, seed: 4), Alpha, 27, 0.05, 1.0 / 12870);

        Assert.True(noisy.MinimumDetectableChange > 2 * tight.MinimumDetectableChange, $"{noisy.MinimumDetectableChange} vs {tight.MinimumDetectableChange}");
    }

    [Fact]
    public void Of_TooFewSamplesForTheCorrectedAlpha_ResolvesNothing()
    {
        // 2 against 2 launches: the smallest one-sided p is 1/6, never below 0.05 over 27 tests.
        Resolution resolution = Resolution.Of([1e6, 1.01e6], [1e6, 1.01e6], Alpha, 27, 0.05, smallestPValue: 1.0 / 6);

        Assert.True(double.IsPositiveInfinity(resolution.MinimumDetectableChange));
        Assert.False(resolution.Resolves(0.5));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.1)]
    [InlineData(1.3)]
    public void Of_APlantedRatio_IsCoveredByTheIntervalInMostRuns(double planted)
    {
        // A 95% interval misses now and then by design: over 200 seeded runs it must cover the planted ratio in most.
        int covered = 0;
        double widest = 0;
        for (int seed = 0; seed < 200; seed++)
        {
            double[] before = FakeResults.Samples(12, 1e6, 0.03, seed: 2 * seed);
            double[] after = [.. FakeResults.Samples(12, 1e6, 0.03, seed: (2 * seed) + 1).Select(value => value * planted)];
            Resolution resolution = Resolution.Of(before, after, Alpha, 27, 0.05, 1e-6);
            covered += resolution.RatioLow <= planted && planted <= resolution.RatioHigh ? 1 : 0;
            widest = Math.Max(widest, resolution.RatioHigh / resolution.RatioLow);
        }

        Assert.True(covered >= 180, $"covered in {covered} of 200");
        Assert.True(widest < 1.1, $"widest interval ×{widest}");
    }

    [Fact]
    public void Compare_SameVerdict_SaysWhatItCannotResolve()
    {
        BenchmarkResultSet before = Set(("A", FakeResults.Samples(8, 1e6, 0.15, seed: 7)));
        BenchmarkResultSet after = Set(("A", FakeResults.Samples(8, 1e6, 0.15, seed: 8)));

        RunComparison comparison = RunComparison.Compare(before, after, new ComparisonOptions(ChangeThreshold.Parse("5%"), ChangeThreshold.Parse("0ns")), new MannWhitneyComparer());
        BenchmarkComparison row = comparison.Compared.Single();

        Assert.Equal(Verdict.Same, row.Verdict);
        Assert.StartsWith($"same — cannot resolve less than {RunComparison.Percent(row.MinimumDetectableChange!.Value)} here", row.Reason, StringComparison.Ordinal);
        Assert.True(row.MinimumDetectableChange > 0.05);
        Assert.Contains("Resolution (the smallest slowdown", RowBench.Reports.ComparisonReport.ToMarkdown(comparison), StringComparison.Ordinal);
    }

    private static BenchmarkResultSet Set(params (string Key, double[] Samples)[] benchmarks) =>
        new("test", [.. benchmarks.Select(benchmark => new BenchmarkResult(benchmark.Key, "StrategyBenchmarks", benchmark.Key, "Quick", new Dictionary<string, string>(), benchmark.Samples.Average(), BenchmarkResult.Median(benchmark.Samples), 0, benchmark.Samples, 1024))], null);
}
