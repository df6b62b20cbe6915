using RowBench.Analysis;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis;

public class BimodalityTests
{
    [Fact]
    public void Detect_TheCommittedParallelForSeries_FindsItsSecondMode()
    {
        // OverheadBenchmarks.ParallelFor(Rows: 1000, ChunkSize: 1) in results/history, run medians in µs.
        double[] medians = [84, 208, 203, 196, 183, 186, 76, 151, 231, 224, 227, 230, 221, 192, 214, 221];

        Bimodality bimodal = Assert.IsType<Bimodality>(Bimodality.Detect(medians), exactMatch: false);

        Assert.Equal([0, 6], bimodal.MinorityIndices);
        Assert.InRange(bimodal.MinorityMedian, 76, 84);
        Assert.StartsWith("bimodal: 2 of 16 samples near", bimodal.Describe(medians.Length, value => value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_AStepOneBlockInTime_IsNotBimodal()
    {
        // The committed Dataflow series: a step to a quarter at a18dc70, not a mode.
        double[] medians = [146, 88, 193, 154, 81, 93, 64, 141, 101, 23, 24, 22, 23, 18, 23, 23];

        Assert.Null(Bimodality.Detect(medians));
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.10)]
    public void Detect_OneNoisyMode_IsNotBimodal(double noise)
    {
        Assert.Null(Bimodality.Detect(FakeResults.Samples(40, 1e6, noise, seed: 3)));
    }

    [Fact]
    public void Detect_OneOutlier_IsNotBimodal()
    {
        double[] samples = [.. FakeResults.Samples(12, 1e6, 0.02, seed: 4)];
        samples[5] = 3e6;

        Assert.Null(Bimodality.Detect(samples));
    }

    [Fact]
    public void Compare_ABimodalBenchmark_SaysSoInItsVerdict()
    {
        double[] before = [.. FakeResults.Samples(8, 200e3, 0.02, seed: 5)];
        before[1] = 80e3;
        before[5] = 78e3;
        double[] after = FakeResults.Samples(8, 200e3, 0.02, seed: 6);
        var set = (double[] samples) => new BenchmarkResultSet("x", [new BenchmarkResult("A", "T", "M", "J", new Dictionary<string, string>(), samples.Average(), BenchmarkResult.Median(samples), 0, samples, null, samples.Length)], null);

        var row = RowBench.Analysis.Comparison.RunComparison.Compare(set(before), set(after), RowBench.Analysis.Comparison.ComparisonOptions.Default, new RowBench.Analysis.Comparison.MannWhitneyComparer()).Compared.Single();

        Assert.Contains("; base bimodal: 2 of 8 samples near", row.Reason, StringComparison.Ordinal);
    }
}
