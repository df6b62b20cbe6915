using MathNet.Numerics.Distributions;

namespace RowBench.Analysis.Comparison;

/// <summary>
/// What one benchmark's samples can tell apart: the smallest slowdown this run would call "slower" with 80% power at
/// the corrected α (its minimum detectable effect), and the ratio's confidence interval. Both come from the spread of
/// the log times, robustly estimated (1.4826 × the median absolute deviation, as the rank test is robust to a stray
/// launch), on Student's t with the samples' degrees of freedom.
/// </summary>
/// <param name="MinimumDetectableChange">
/// The smallest true change (0.23 for 23%) that would be flagged with the given power; +∞ when the samples are too few
/// for the test ever to reach the corrected α. Never below the threshold, since the test asks for more than it.
/// </param>
/// <param name="RatioLow">The lower end of the ratio's 95% confidence interval (new ÷ base).</param>
/// <param name="RatioHigh">The upper end of the ratio's 95% confidence interval.</param>
public sealed record Resolution(double MinimumDetectableChange, double RatioLow, double RatioHigh)
{
    /// <summary>The power the minimum detectable change is stated at: 80%, the usual.</summary>
    public const double Power = 0.8;

    /// <summary>Whether the run can tell a change of <paramref name="threshold"/> (a fraction) at all.</summary>
    public bool Resolves(double threshold) => MinimumDetectableChange <= threshold;

    /// <summary>
    /// The resolution of one benchmark from its base and new samples (times), at a one-sided level of
    /// <paramref name="significanceLevel"/> ÷ <paramref name="familySize"/> (the strictest step of the correction).
    /// </summary>
    /// <param name="relativeThreshold">The threshold the test asks a change to exceed, as a fraction of the base median.</param>
    /// <param name="smallestPValue">The smallest p-value the test can give for these sample sizes, before the correction.</param>
    public static Resolution Of(
        IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, double significanceLevel, int familySize, double relativeThreshold, double smallestPValue)
    {
        ArgumentNullException.ThrowIfNull(baseSamples);
        ArgumentNullException.ThrowIfNull(newSamples);
        int n = baseSamples.Count, m = newSamples.Count;
        double[] baseLogs = [.. baseSamples.Where(value => value > 0).Select(value => Math.Log(value))];
        double[] newLogs = [.. newSamples.Where(value => value > 0).Select(value => Math.Log(value))];
        if (baseLogs.Length < 2 || newLogs.Length < 2)
        {
            return new Resolution(double.PositiveInfinity, 0, double.PositiveInfinity);
        }

        double standardError = Math.Sqrt((Math.Pow(Spread(baseLogs), 2) / n) + (Math.Pow(Spread(newLogs), 2) / m));
        int freedom = Math.Max(1, n + m - 2);

        double alpha = significanceLevel / Math.Max(1, familySize);
        double detectable = smallestPValue * Math.Max(1, familySize) >= significanceLevel
            ? double.PositiveInfinity
            : Math.Exp(Math.Log(1 + Math.Max(0, relativeThreshold)) + ((StudentT.InvCDF(0, 1, freedom, 1 - alpha) + StudentT.InvCDF(0, 1, freedom, Power)) * standardError)) - 1;
        (double low, double high) = ShiftInterval(baseLogs, newLogs);
        return new Resolution(detectable, Math.Exp(low), Math.Exp(high));
    }

    /// <summary>
    /// The 95% confidence interval of the shift between the log samples that goes with the rank test (Moses'): the
    /// k-th smallest and largest of all n·m differences, k from the Mann–Whitney statistic's normal approximation. It
    /// assumes no distribution, so it covers the true ratio as often as it says for skewed or uniform noise alike.
    /// </summary>
    private static (double Low, double High) ShiftInterval(double[] baseLogs, double[] newLogs)
    {
        double[] differences = [.. (from before in baseLogs from after in newLogs select after - before).Order()];
        int n = baseLogs.Length, m = newLogs.Length;
        double spread = Math.Sqrt(n * m * (n + m + 1) / 12.0);
        int k = (int)Math.Floor((n * m / 2.0) - (Normal.InvCDF(0, 1, 0.975) * spread));
        k = Math.Clamp(k, 0, (differences.Length - 1) / 2);
        return (differences[k], differences[differences.Length - 1 - k]);
    }

    /// <summary>The robust standard deviation of log times: 1.4826 × MAD, or the plain one where half the values are equal.</summary>
    private static double Spread(double[] logs)
    {
        double median = Median(logs);
        double mad = 1.4826 * Median([.. logs.Select(value => Math.Abs(value - median))]);
        if (mad > 0)
        {
            return mad;
        }

        double mean = logs.Average();
        return Math.Sqrt(logs.Sum(value => (value - mean) * (value - mean)) / (logs.Length - 1));
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
