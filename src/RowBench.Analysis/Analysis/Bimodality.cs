namespace RowBench.Analysis;

/// <summary>
/// Samples in two groups: a benchmark that now and then runs in a second mode (the committed history's ParallelFor at
/// one row a task: 76–84 µs twice among 180–230 µs). Its values, sorted, have one gap far wider than the spread inside
/// either group, and the smaller group comes and goes: its members are not one block in time. A block in time is a
/// step, which the step detector and the tests handle; a group that comes and goes is a mode, which they must not read
/// as a step or a regression.
/// </summary>
/// <param name="MinorityIndices">The positions, in time order, of the smaller group's samples.</param>
/// <param name="MajorityMedian">The median of the larger group.</param>
/// <param name="MinorityMedian">The median of the smaller group.</param>
public sealed record Bimodality(IReadOnlyList<int> MinorityIndices, double MajorityMedian, double MinorityMedian)
{
    /// <summary>The gap between the groups must be at least this ratio (30%)...</summary>
    public const double MinimumGapRatio = 1.3;

    /// <summary>...and this many times the robust spread inside the groups.</summary>
    public const double MinimumGapInSpreads = 4;

    /// <summary>The second mode in words, for a verdict or a step: "bimodal: 2 of 16 samples near 80 µs, the rest near 205 µs".</summary>
    public string Describe(int count, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return $"bimodal: {MinorityIndices.Count} of {count} samples near {format(MinorityMedian)}, the rest near {format(MajorityMedian)}";
    }

    /// <summary>The two groups of <paramref name="samples"/> (positive, in time order), or null when they are one.</summary>
    public static Bimodality? Detect(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 5 || samples.Any(value => !(value > 0)))
        {
            return null;
        }

        int[] order = [.. Enumerable.Range(0, samples.Count).OrderBy(index => samples[index])];
        double[] logs = [.. order.Select(index => Math.Log(samples[index]))];
        int cut = Enumerable.Range(1, logs.Length - 1).MaxBy(index => logs[index] - logs[index - 1]);
        double gap = logs[cut] - logs[cut - 1];
        double[] low = logs[..cut], high = logs[cut..];
        (double[] minority, int[] minorityIndices) = low.Length <= high.Length ? (low, order[..cut]) : (high, order[cut..]);
        double[] majority = ReferenceEquals(minority, low) ? high : low;
        if (minority.Length < 2 || gap < Math.Log(MinimumGapRatio) || gap < MinimumGapInSpreads * Math.Max(Spread(low), Spread(high)))
        {
            return null;
        }

        int[] inTime = [.. minorityIndices.Order()];
        bool oneBlock = inTime[^1] - inTime[0] == inTime.Length - 1;
        return oneBlock
            ? null
            : new Bimodality(inTime, Math.Exp(BenchmarkResult.Median(majority)), Math.Exp(BenchmarkResult.Median(minority)));
    }

    /// <summary>The robust spread of a group of log values (1.4826 × MAD), at least 0.5%.</summary>
    private static double Spread(double[] logs)
    {
        if (logs.Length < 2)
        {
            return 0.005;
        }

        double median = BenchmarkResult.Median(logs);
        return Math.Max(0.005, 1.4826 * BenchmarkResult.Median([.. logs.Select(value => Math.Abs(value - median))]));
    }
}
