namespace RowBench.History;

/// <summary>
/// Finds where a series of run medians changes level, by binary segmentation with a permutation test, as E-divisive
/// (Matteson and James 2014; MongoDB's and Apache Otava's change-point detection) does. A window's statistic is the
/// largest pooled t of its log medians, before against after, over its splits, on values winsorised at the window's
/// median ± 5 robust standard deviations. A t weighs how far apart the levels are, not only their order (Pettitt's
/// rank statistic, used until 0.3, found a 10% step at 2% noise only seven runs after it), so such a step stands out
/// within five runs; one wild run is clipped, not trusted. The best t is tested against the best t of shufflings of
/// the window, which accounts for the split having been chosen where the data differ most; a step that holds is placed
/// by the order of the runs around it (<see cref="Place"/>) and each side is searched again. Shuffles come from a
/// fixed seed.
/// </summary>
public static class StepDetector
{
    /// <summary>A split is looked into further only when its own p-value is below this; the report corrects afterwards.</summary>
    public const double SegmentationLevel = 0.05;

    /// <summary>
    /// Segments shorter than two runs are not proposed: one run cannot be told from an outlier, and the test needs two
    /// samples a side.
    /// </summary>
    public const int MinimumSegment = 2;

    /// <summary>
    /// The p-value of a step is the share of shufflings of its runs whose best split separates them as well. 9,999
    /// shufflings make the smallest p 0.0001, so that a step can pass Holm's correction over a history of some 40
    /// benchmarks and their candidates.
    /// </summary>
    public const int Permutations = 9999;

    // Once this many shufflings split as well, the split is far from significant: stop early (its p is reported as 1).
    private const int EnoughToStop = 200;

    // Values beyond the window's median ± this many robust standard deviations are clipped to it.
    private const double WinsorLimit = 5;

    // The smallest robust spread taken, in log units (0.2%): a window of identical values would otherwise divide by 0.
    private const double SpreadFloor = 0.002;

    // A fixed seed: the same history gives the same report on every machine.
    private const int PermutationSeed = 20261127;

    /// <summary>A proposed step: where the new level starts, the runs on either side, and the raw p-value.</summary>
    public sealed record Candidate(int Index, IReadOnlyList<double> Before, IReadOnlyList<double> After, double PValue)
    {
        /// <summary>The median of the old level.</summary>
        public double BeforeMedian => Analysis.BenchmarkResult.Median(Before);

        /// <summary>The median of the new level.</summary>
        public double AfterMedian => Analysis.BenchmarkResult.Median(After);
    }

    /// <summary>
    /// The candidate steps of <paramref name="values"/> (one run median each, oldest first, all positive): every split
    /// tested, the significant and the last insignificant ones of each branch, so that the caller's correction counts
    /// every test.
    /// </summary>
    public static IReadOnlyList<Candidate> Candidates(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var candidates = new List<Candidate>();
        double[] logs = [.. values.Select(value => Math.Log(Math.Max(value, double.Epsilon)))];
        Segment([.. values], logs, 0, values.Count, new Random(PermutationSeed), candidates);
        return [.. candidates.OrderBy(candidate => candidate.Index)];
    }

    /// <summary>Binary segmentation: test the best split of [from, to); when it holds, look for more on either side.</summary>
    private static void Segment(double[] values, double[] logs, int from, int to, Random random, List<Candidate> candidates)
    {
        if (to - from < 2 * MinimumSegment)
        {
            return;
        }

        double[] window = Winsorize(logs[from..to]);
        (int split, double observed) = BestSplit(window);
        int asExtreme = 0;
        double[] shuffled = [.. window];
        for (int permutation = 0; permutation < Permutations; permutation++)
        {
            random.Shuffle(shuffled);
            asExtreme += BestSplit(shuffled).Score >= observed * (1 - 1e-9) ? 1 : 0;
            if (asExtreme > EnoughToStop)
            {
                break;
            }
        }

        double pValue = asExtreme > EnoughToStop ? 1 : (asExtreme + 1.0) / (Permutations + 1);
        split = Place(window, split);
        candidates.Add(new Candidate(from + split, values[from..(from + split)], values[(from + split)..to], pValue));
        if (pValue < SegmentationLevel)
        {
            Segment(values, logs, from, from + split, random, candidates);
            Segment(values, logs, from + split, to, random, candidates);
        }
    }

    /// <summary>
    /// Where in <paramref name="window"/> the levels part most: the split with the largest pooled t of the log medians
    /// after against before, with at least <see cref="MinimumSegment"/> runs a side; between equal t, the larger
    /// difference.
    /// </summary>
    private static (int Split, double Score) BestSplit(double[] window)
    {
        (int split, double score, double difference) = (-1, double.NegativeInfinity, 0);
        foreach ((int s, double t, double gap) in Splits(window))
        {
            if (t > score * (1 + 1e-9) || (t >= score * (1 - 1e-9) && gap > difference))
            {
                (split, score, difference) = (s, t, gap);
            }
        }

        return (split, score);
    }

    /// <summary>
    /// The commit a found step is placed at: the split of the best t, unless it leaves runs out of order and a split up
    /// to <see cref="PlacementReach"/> runs earlier, with a t at least <see cref="PlacementShare"/> of the best, orders
    /// them completely (every run after above, or below, every run before): then that one (the larger t among several).
    /// The t finds the step; a complete order places it, so that the new level's first runs, one of which strays back
    /// towards the old level, do not push the blame onto a later commit. A best split that is itself in complete order
    /// stays, so a run a little off the old level is not moved across to balance the sides.
    /// </summary>
    private static int Place(double[] window, int best)
    {
        (int split, double order, double score) = (best, double.NegativeInfinity, double.NegativeInfinity);
        double bestT = Splits(window).Single(candidate => candidate.Split == best).T;
        foreach ((int s, double t, _) in Splits(window))
        {
            if (s > best || best - s > PlacementReach || t < PlacementShare * bestT)
            {
                continue;
            }

            double half = s * (window.Length - s) / 2.0;
            double u = 0;
            for (int i = 0; i < s; i++)
            {
                for (int j = s; j < window.Length; j++)
                {
                    u += window[j] > window[i] ? 1 : window[j] == window[i] ? 0.5 : 0;
                }
            }

            // Only a complete order counts: a partial one moves with the noise (at 2.5 standard deviations a run or two
            // either side of the step is out of order wherever the split is).
            double ordered = Math.Abs(u - half) / half > 1 - 1e-9 ? 1 : 0;
            if (ordered > order || (ordered == order && (s == best || (split != best && t > score))))
            {
                (split, order, score) = (s, ordered, t);
            }
        }

        return split;
    }

    // How far from the best t a step may be placed, in runs, and how close to the best t its own t must be.
    private const int PlacementReach = 2;
    private const double PlacementShare = 0.9;

    /// <summary>Every split with at least <see cref="MinimumSegment"/> runs a side: its pooled t and the difference of means.</summary>
    private static IEnumerable<(int Split, double T, double Gap)> Splits(double[] window)
    {
        int count = window.Length;
        double total = 0, totalSquares = 0;
        foreach (double value in window)
        {
            total += value;
            totalSquares += value * value;
        }

        double sum = 0, squares = 0;
        for (int s = 1; s < count; s++)
        {
            sum += window[s - 1];
            squares += window[s - 1] * window[s - 1];
            if (s < MinimumSegment || count - s < MinimumSegment)
            {
                continue;
            }

            int before = s, after = count - s;
            double meanBefore = sum / before, meanAfter = (total - sum) / after;
            double within = Math.Max(0, squares - (before * meanBefore * meanBefore)) + Math.Max(0, totalSquares - squares - (after * meanAfter * meanAfter));
            double pooled = Math.Max(within / (count - 2), SpreadFloor * SpreadFloor / 100);
            double gap = Math.Abs(meanAfter - meanBefore);
            yield return (s, gap / Math.Sqrt(pooled * ((1.0 / before) + (1.0 / after))), gap);
        }
    }

    /// <summary>The window with each value clipped to its median ± <see cref="WinsorLimit"/> robust standard deviations.</summary>
    private static double[] Winsorize(double[] window)
    {
        double median = Analysis.BenchmarkResult.Median(window);
        double spread = Math.Max(SpreadFloor, 1.4826 * Analysis.BenchmarkResult.Median([.. window.Select(value => Math.Abs(value - median))]));
        double low = median - (WinsorLimit * spread), high = median + (WinsorLimit * spread);
        return [.. window.Select(value => Math.Clamp(value, low, high))];
    }
}
