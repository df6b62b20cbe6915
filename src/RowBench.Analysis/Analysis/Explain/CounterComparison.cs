namespace RowBench.Analysis.Explain;

/// <summary>
/// Which runtime counters changed, judged over the verdict's own paired launches (each launch gives both sides'
/// counters per operation, read around the same rounds that were timed). A counter's change <b>stands out</b> when
/// all three hold:
/// <list type="number">
/// <item>every launch moved it the same way (a sign test: with 8 launches, 2 in 256 by chance);</item>
/// <item>the change of medians is at least the counter's floor: 5% and 1 KB for bytes allocated, 10% for the others,
/// with an absolute floor (0.05 contentions, 0.5 work items, 0.02 collections, 0.01 ms of GC pause per operation), so
/// that a counter near zero does not stand out by a ratio of nothing;</item>
/// <item>it exceeds three times the base side's launch-to-launch spread.</item>
/// </list>
/// Identical code (A/A) may pass one rule by chance; passing all three is what a planted cause does.
/// </summary>
public static class CounterComparison
{
    /// <summary>The fewest launches a sign can be read from.</summary>
    public const int MinimumLaunches = 5;

    /// <summary>The counters' floors: relative (fraction of the base) and absolute (per operation).</summary>
    public static (double Relative, double Absolute) Floor(string counter) => counter switch
    {
        "allocatedBytes" => (0.05, 1024),
        "lockContentions" => (0.10, 0.05),
        "threadPoolWorkItems" => (0.10, 0.5),
        "gcPauseMilliseconds" => (0.10, 0.01),
        _ => (0.10, 0.02),
    };

    /// <summary>Compares one counter's per-launch values, paired by position.</summary>
    public static CounterDelta Compare(string counter, IReadOnlyList<double> baseValues, IReadOnlyList<double> newValues)
    {
        ArgumentNullException.ThrowIfNull(baseValues);
        ArgumentNullException.ThrowIfNull(newValues);
        int launches = Math.Min(baseValues.Count, newValues.Count);
        if (launches == 0)
        {
            return new CounterDelta(counter, 0, 0, 0, 0, 0, 0, StandsOut: false);
        }

        double[] before = [.. baseValues.Take(launches)], after = [.. newValues.Take(launches)];
        int up = before.Zip(after).Count(pair => pair.Second > pair.First);
        int down = before.Zip(after).Count(pair => pair.Second < pair.First);
        double baseMedian = BenchmarkResult.Median(before), newMedian = BenchmarkResult.Median(after);
        double spread = 1.4826 * BenchmarkResult.Median([.. before.Select(value => Math.Abs(value - baseMedian))]);
        (double relative, double absolute) = Floor(counter);
        double change = Math.Abs(newMedian - baseMedian);
        bool standsOut = launches >= MinimumLaunches
            && (up == launches || down == launches)
            && change >= Math.Max(absolute, relative * Math.Abs(baseMedian))
            && change > 3 * spread;
        return new CounterDelta(counter, baseMedian, newMedian, spread, launches, up, down, standsOut);
    }
}
