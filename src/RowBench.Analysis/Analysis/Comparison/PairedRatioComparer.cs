using MathNet.Numerics.Distributions;

namespace RowBench.Analysis.Comparison;

/// <summary>
/// Paired samples: base sample i and new sample i were measured together (one paired launch of <c>ab</c>: both sides
/// in one process, alternating), so the test works on the per-pair log ratios, whose spread leaves out what the pair
/// shares — the process, the heap, the machine's moment. Two one-sided t-tests of the mean log ratio against
/// log(1 + threshold), with the pairs as independent blocks (each a separate process). Samples of unequal counts are
/// not paired: their p-values are 1.
/// </summary>
public sealed class PairedRatioComparer : ISampleComparer
{
    /// <summary>Creates the test at <paramref name="significanceLevel"/> (the default is 0.05).</summary>
    public PairedRatioComparer(double significanceLevel = MannWhitneyComparer.DefaultSignificanceLevel)
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
    public string Name => "paired t on log ratios";

    /// <inheritdoc />
    public bool IsPaired => true;

    /// <inheritdoc />
    public double SmallestPValue(int baseCount, int newCount) => baseCount == newCount && baseCount >= 3 ? 0 : 1;

    /// <summary>The pairs' geometric mean ratio, the figure the test and the interval are of; the medians' ratio when unpaired.</summary>
    public double Ratio(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples) =>
        LogRatios(baseSamples, newSamples) is { } ratios
            ? Math.Exp(ratios.Average())
            : Analysis.BenchmarkResult.Median(newSamples) / Analysis.BenchmarkResult.Median(baseSamples);

    /// <inheritdoc />
    public ShiftTestResult Test(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, ChangeThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        if (LogRatios(baseSamples, newSamples) is not { } ratios)
        {
            return new ShiftTestResult(1, 1);
        }

        double margin = Math.Log(1 + RelativeThreshold(baseSamples, threshold));
        (double mean, double error) = MeanAndError(ratios);
        if (error == 0)
        {
            return new ShiftTestResult(mean > margin ? 0 : 1, -mean > margin ? 0 : 1);
        }

        int freedom = ratios.Length - 1;
        return new ShiftTestResult(
            1 - StudentT.CDF(0, 1, freedom, (mean - margin) / error),
            1 - StudentT.CDF(0, 1, freedom, (-mean - margin) / error));
    }

    /// <summary>
    /// The resolution of paired samples: the minimum detectable change from the spread of the log ratios, and the
    /// t interval of their mean.
    /// </summary>
    public Resolution Resolve(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, int familySize, double relativeThreshold)
    {
        if (LogRatios(baseSamples, newSamples) is not { } ratios)
        {
            return new Resolution(double.PositiveInfinity, 0, double.PositiveInfinity);
        }

        (double mean, double error) = MeanAndError(ratios);
        int freedom = ratios.Length - 1;
        double alpha = SignificanceLevel / Math.Max(1, familySize);
        double detectable = Math.Exp(Math.Log(1 + Math.Max(0, relativeThreshold)) + ((StudentT.InvCDF(0, 1, freedom, 1 - alpha) + StudentT.InvCDF(0, 1, freedom, Resolution.Power)) * error)) - 1;
        double half = StudentT.InvCDF(0, 1, freedom, 0.975) * error;
        return new Resolution(detectable, Math.Exp(mean - half), Math.Exp(mean + half));
    }

    /// <summary>The pairs' log ratios: their mean, its standard error and their count; null when the samples are not paired.</summary>
    public static (double Mean, double Error, int Count)? Summarize(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples)
    {
        if (LogRatios(baseSamples, newSamples) is not { } ratios)
        {
            return null;
        }

        (double mean, double error) = MeanAndError(ratios);
        return (mean, error, ratios.Length);
    }

    private static double[]? LogRatios(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples)
    {
        ArgumentNullException.ThrowIfNull(baseSamples);
        ArgumentNullException.ThrowIfNull(newSamples);
        if (baseSamples.Count != newSamples.Count || baseSamples.Count < 3 || baseSamples.Concat(newSamples).Any(value => !(value > 0)))
        {
            return null;
        }

        return [.. baseSamples.Zip(newSamples, (before, after) => Math.Log(after / before))];
    }

    private static (double Mean, double Error) MeanAndError(double[] ratios)
    {
        double mean = ratios.Average();
        double variance = ratios.Sum(value => (value - mean) * (value - mean)) / (ratios.Length - 1);
        return (mean, Math.Sqrt(variance / ratios.Length));
    }

    private static double RelativeThreshold(IReadOnlyList<double> baseSamples, ChangeThreshold threshold)
    {
        if (threshold.IsRelative)
        {
            return threshold.Value;
        }

        double[] sorted = [.. baseSamples.Order()];
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return threshold.NanosecondsFor(median) / median;
    }
}
