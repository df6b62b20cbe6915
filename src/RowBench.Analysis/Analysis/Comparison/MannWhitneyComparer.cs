using System.Globalization;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace RowBench.Analysis.Comparison;

/// <summary>
/// Two one-sided Mann–Whitney tests against a threshold, from Perfolizer (exact for small samples): the p-value that
/// the new samples exceed the base shifted by the threshold, and the reverse. The decision, with the correction for
/// the number of benchmarks, is <see cref="RunComparison"/>'s; a direction is never given without a p-value.
/// </summary>
public sealed class MannWhitneyComparer : ISampleComparer
{
    /// <summary>
    /// The default significance level: 5% that a run of identical code shows any change at all, after the correction over
    /// every benchmark compared.
    /// </summary>
    public const double DefaultSignificanceLevel = 0.05;

    /// <summary>Creates the test at <paramref name="significanceLevel"/> (the default is 0.05).</summary>
    public MannWhitneyComparer(double significanceLevel = DefaultSignificanceLevel)
    {
        if (!(significanceLevel > 0 && significanceLevel < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(significanceLevel), significanceLevel, "The significance level must be above 0 and below 0.5.");
        }

        SignificanceLevel = significanceLevel;
    }

    /// <inheritdoc />
    public double SignificanceLevel { get; }

    /// <inheritdoc />
    public string Name => "Mann–Whitney";

    /// <inheritdoc />
    public bool IsPaired => false;

    /// <inheritdoc />
    public Resolution Resolve(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, int familySize, double relativeThreshold)
    {
        ArgumentNullException.ThrowIfNull(baseSamples);
        ArgumentNullException.ThrowIfNull(newSamples);
        return Resolution.Of(baseSamples, newSamples, SignificanceLevel, familySize, relativeThreshold, SmallestPValue(baseSamples.Count, newSamples.Count));
    }

    /// <summary>The ratio of the medians: two groups have no pairs to take a ratio of.</summary>
    public double Ratio(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples) =>
        Analysis.BenchmarkResult.Median(newSamples) / Analysis.BenchmarkResult.Median(baseSamples);

    /// <inheritdoc />
    public double SmallestPValue(int baseCount, int newCount)
    {
        if (baseCount < 2 || newCount < 2)
        {
            return 1;
        }

        // All of one sample above the other: 1 / C(n + m, n).
        double combinations = 1;
        int smaller = Math.Min(baseCount, newCount);
        for (int k = 1; k <= smaller; k++)
        {
            combinations = combinations * (baseCount + newCount - smaller + k) / k;
        }

        return 1 / combinations;
    }

    /// <inheritdoc />
    public ShiftTestResult Test(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, ChangeThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(baseSamples);
        ArgumentNullException.ThrowIfNull(newSamples);
        ArgumentNullException.ThrowIfNull(threshold);
        if (baseSamples.Count < 2 || newSamples.Count < 2)
        {
            return new ShiftTestResult(1, 1);
        }

        var baseSample = new Sample([.. baseSamples]);
        var newSample = new Sample([.. newSamples]);
        Threshold shift = threshold.IsRelative
            ? Threshold.Parse(string.Create(CultureInfo.InvariantCulture, $"{threshold.Value * 100}%"))
            : Threshold.Parse(string.Create(CultureInfo.InvariantCulture, $"{threshold.Value}ns"));

        // Perfolizer's "x Greater than y" shifts y by the threshold: new > base·(1 + t) is slower, base > new·(1 + t) faster.
        double slower = MannWhitneyTest.Instance.GetPValue(newSample, baseSample, AlternativeHypothesis.Greater, shift);
        double faster = MannWhitneyTest.Instance.GetPValue(baseSample, newSample, AlternativeHypothesis.Greater, shift);
        return new ShiftTestResult(slower, faster);
    }
}
