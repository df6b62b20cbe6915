using MathNet.Numerics.Distributions;
using RowBench.Analysis.Comparison;

namespace RowBench.Analysis.Sequential;

/// <summary>
/// One look of a sequential <c>ab</c>: the paired samples so far compared at the look's level, and each benchmark's
/// state — changed (the comparison's verdict at this level), equivalent (both one-sided tests against the threshold
/// pass at this level, Bonferroni over the benchmarks), out of reach (the samples the budget still allows would not
/// bring its interval past the threshold at today's spread), or undecided. The run goes on while some benchmark is
/// undecided; stopping early only ever removes chances of a verdict, so α holds.
/// </summary>
public static class SequentialLook
{
    /// <summary>Compares the pairs at <paramref name="level"/> and classifies every benchmark.</summary>
    /// <param name="reachableSamples">The paired samples the run could have by its end (the budget's estimate).</param>
    /// <param name="lastLevel">The level the run's last look would have, for the reach estimate.</param>
    public static (LookOutcome Outcome, RunComparison Comparison) Evaluate(
        BenchmarkResultSet baseRun, BenchmarkResultSet newRun, ComparisonOptions options, double level, bool isLast, int reachableSamples, double lastLevel)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(newRun);
        ArgumentNullException.ThrowIfNull(options);
        var comparer = new PairedRatioComparer(Math.Clamp(level, 1e-12, 0.49));
        RunComparison comparison = RunComparison.Compare(baseRun, newRun, options, comparer);
        int changed = 0, equivalent = 0, outOfReach = 0, undecided = 0;
        foreach (BenchmarkComparison row in comparison.Compared)
        {
            BenchmarkResult before = baseRun.Find(row.Key)!;
            BenchmarkResult after = newRun.Find(row.Key)!;
            switch (State(row, before, after, options, level, comparison.FamilySize, reachableSamples, lastLevel))
            {
                case LookState.Changed: changed++; break;
                case LookState.Equivalent: equivalent++; break;
                case LookState.OutOfReach: outOfReach++; break;
                default: undecided++; break;
            }
        }

        int samples = comparison.Compared.Count == 0 ? 0 : comparison.Compared.Max(row => row.BaseSamples);
        return (new LookOutcome(samples, level, isLast, changed, equivalent, outOfReach, undecided), comparison);
    }

    /// <summary>Where one benchmark stands at a look.</summary>
    public static LookState State(
        BenchmarkComparison row, BenchmarkResult before, BenchmarkResult after, ComparisonOptions options, double level, int familySize, int reachableSamples, double lastLevel)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(options);
        if (row.Verdict is Verdict.Slower or Verdict.Faster)
        {
            return LookState.Changed;
        }

        double baseMedian = before.SampleMedianNanoseconds;
        if (Math.Abs(after.SampleMedianNanoseconds - baseMedian) < options.Noise.NanosecondsFor(baseMedian))
        {
            return LookState.Equivalent;
        }

        if (PairedRatioComparer.Summarize(before.Samples, after.Samples) is not { Count: >= 3 } pairs)
        {
            return LookState.Undecided;
        }

        double margin = Math.Log(1 + (options.Threshold.NanosecondsFor(baseMedian) / baseMedian));
        int family = Math.Max(1, familySize);
        double reach = StudentT.InvCDF(0, 1, pairs.Count - 1, 1 - (level / family)) * pairs.Error;
        if (Math.Abs(pairs.Mean) + reach < margin)
        {
            return LookState.Equivalent;
        }

        // Would the samples still to come bring the interval past the margin, one way or the other, at today's spread?
        int samples = Math.Max(pairs.Count, reachableSamples);
        double projected = StudentT.InvCDF(0, 1, samples - 1, 1 - (Math.Clamp(lastLevel, 1e-12, 0.49) / family)) * pairs.Error * Math.Sqrt((double)pairs.Count / samples);
        return projected >= Math.Abs(Math.Abs(pairs.Mean) - margin) ? LookState.OutOfReach : LookState.Undecided;
    }
}
