using Perfolizer.Horology;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace RowBench.Analysis.Comparison;

/// <summary>
/// Two one-sided Mann–Whitney tests against a threshold (Perfolizer's equivalence test, as BenchmarkDotNet's
/// statistical-test column uses it): slower when the new samples exceed the base by more than the threshold with
/// significance, faster when the reverse holds, otherwise the same.
/// </summary>
public sealed class MannWhitneyComparer : ISampleComparer
{
    /// <summary>The default significance level: reachable with 5 samples a side (the quick preset takes 7), rare enough to trust in CI.</summary>
    public const double DefaultSignificanceLevel = 0.01;

    private static readonly SimpleEquivalenceTest Test = new(MannWhitneyTest.Instance);

    /// <summary>Creates the test at <paramref name="significanceLevel"/> (the default is 0.01).</summary>
    public MannWhitneyComparer(double significanceLevel = DefaultSignificanceLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(significanceLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(significanceLevel, 0.5);
        SignificanceLevel = significanceLevel;
    }

    /// <inheritdoc />
    public double SignificanceLevel { get; }

    /// <inheritdoc />
    public bool CanDecide(int baseCount, int newCount)
    {
        if (baseCount < 2 || newCount < 2)
        {
            return false;
        }

        // The smallest one-sided p-value the exact test can give is 1 / C(n + m, n): all of one sample below the other.
        double combinations = 1;
        for (int k = 1; k <= Math.Min(baseCount, newCount); k++)
        {
            combinations = combinations * (baseCount + newCount - Math.Min(baseCount, newCount) + k) / k;
        }

        return 1 / combinations < SignificanceLevel;
    }

    /// <inheritdoc />
    public Verdict Compare(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, ChangeThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(baseSamples);
        ArgumentNullException.ThrowIfNull(newSamples);
        ArgumentNullException.ThrowIfNull(threshold);
        if (!CanDecide(baseSamples.Count, newSamples.Count))
        {
            return Verdict.Unknown;
        }

        var baseSample = new Sample([.. baseSamples], TimeUnit.Nanosecond);
        var newSample = new Sample([.. newSamples], TimeUnit.Nanosecond);
        Threshold perfolizerThreshold = threshold.IsRelative
            ? Threshold.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{threshold.Value * 100}%"))
            : Threshold.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{threshold.Value}ns"));

        // Lesser: the base is less than the new by more than the threshold, so the new one is slower.
        return Test.Perform(baseSample, newSample, perfolizerThreshold, new SignificanceLevel(SignificanceLevel)) switch
        {
            ComparisonResult.Lesser => Verdict.Slower,
            ComparisonResult.Greater => Verdict.Faster,
            ComparisonResult.Indistinguishable => Verdict.Same,
            _ => Verdict.Unknown,
        };
    }
}
