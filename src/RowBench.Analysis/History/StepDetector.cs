namespace RowBench.History;

/// <summary>
/// Finds where a series of run medians changes level, by binary segmentation with a permutation test, as E-divisive
/// (Matteson and James 2014; MongoDB's and Apache Otava's change-point detection) does, with Pettitt's rank statistic
/// (the standardised Mann–Whitney statistic of the runs before against the runs after, each run one sample) in place
/// of the energy distance: rank-based, so one wild run moves it little. The best split of a series is tested against
/// the best splits of shufflings of it, which accounts for the split having been chosen where the data differ most;
/// when it holds, each side is searched again. Perfolizer's ED-PELT was tried first: it has no significance of its own,
/// and testing its change points afterwards, inside the segments it chose, found steps in pure noise.
/// </summary>
public static class StepDetector
{
    /// <summary>A split is looked into further only when its own p-value is below this; the report corrects afterwards.</summary>
    public const double SegmentationLevel = 0.05;

    // Once this many shufflings split as well, the split is far from significant: stop early (its p is reported as 1).
    private const int EnoughToStop = 200;

    /// <summary>
    /// Segments shorter than two runs are not proposed: one run cannot be told from an outlier, and the test needs two
    /// samples a side.
    /// </summary>
    public const int MinimumSegment = 2;

    /// <summary>A proposed step: where the new level starts, the runs on either side, and the raw p-value.</summary>
    public sealed record Candidate(int Index, IReadOnlyList<double> Before, IReadOnlyList<double> After, double PValue)
    {
        /// <summary>The median of the old level.</summary>
        public double BeforeMedian => Analysis.BenchmarkResult.Median(Before);

        /// <summary>The median of the new level.</summary>
        public double AfterMedian => Analysis.BenchmarkResult.Median(After);
    }

    /// <summary>
    /// The candidate steps of <paramref name="values"/> (one run median each, oldest first): every split tested, the
    /// significant and the last insignificant ones of each branch, so that the caller's correction counts every test.
    /// </summary>
    public static IReadOnlyList<Candidate> Candidates(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var candidates = new List<Candidate>();
        Segment([.. values], 0, values.Count, new Random(PermutationSeed), candidates);
        return [.. candidates.OrderBy(candidate => candidate.Index)];
    }

    /// <summary>Binary segmentation: test the best split of [from, to); when it holds, look for more on either side.</summary>
    private static void Segment(double[] values, int from, int to, Random random, List<Candidate> candidates)
    {
        if (to - from < 2 * MinimumSegment)
        {
            return;
        }

        double[] window = values[from..to];
        (int split, double observed) = BestSplit(window);
        int asExtreme = 0;
        double[] shuffled = [.. window];
        for (int permutation = 0; permutation < Permutations; permutation++)
        {
            random.Shuffle(shuffled);
            asExtreme += BestSplit(shuffled).Score >= observed - 1e-9 ? 1 : 0;
            if (asExtreme > EnoughToStop)
            {
                break;
            }
        }

        double pValue = asExtreme > EnoughToStop ? 1 : (asExtreme + 1.0) / (Permutations + 1);
        candidates.Add(new Candidate(from + split, window[..split], window[split..], pValue));
        if (pValue < SegmentationLevel)
        {
            Segment(values, from, from + split, random, candidates);
            Segment(values, from + split, to, random, candidates);
        }
    }

    /// <summary>
    /// Where in <paramref name="window"/> the runs before and after are told apart best: the split with the largest
    /// standardised Mann–Whitney statistic |z|, with at least <see cref="MinimumSegment"/> runs a side.
    /// </summary>
    private static (int Split, double Score) BestSplit(double[] window)
    {
        int count = window.Length;
        // U(s): pairs (i < s ≤ j) with window[j] > window[i]; moving the split past element s changes it by O(n).
        double u = 0;
        for (int j = 1; j < count; j++)
        {
            u += Wins(window[j], window[0]);
        }

        (int split, double score) = (-1, double.NegativeInfinity);
        for (int s = 1; s < count; s++)
        {
            if (s > 1)
            {
                double value = window[s - 1];
                for (int i = 0; i < s - 1; i++)
                {
                    u -= Wins(value, window[i]);
                }

                for (int j = s; j < count; j++)
                {
                    u += Wins(window[j], value);
                }
            }

            if (s < MinimumSegment || count - s < MinimumSegment)
            {
                continue;
            }

            int before = s, after = count - s;
            double z = Math.Abs(u - (before * after / 2.0)) / Math.Sqrt(before * after * (before + after + 1) / 12.0);
            if (z > score)
            {
                (split, score) = (s, z);
            }
        }

        return (split, score);
    }

    private static double Wins(double later, double earlier) => later > earlier ? 1 : later == earlier ? 0.5 : 0;

    /// <summary>
    /// The p-value of a step is the share of shufflings of its runs whose best split separates them as well: the split
    /// was chosen where the data differ most, which a plain test at that split would not account for (E-divisive's
    /// permutation test, as MongoDB and Apache Otava use). 1,999 shufflings make the smallest p 0.0005.
    /// </summary>
    public const int Permutations = 1999;

    // A fixed seed: the same history gives the same report on every machine.
    private const int PermutationSeed = 20261127;

}
