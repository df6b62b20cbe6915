using System.Globalization;
using MathNet.Numerics.Distributions;

namespace RowBench.Harness.Suite.Budget;

/// <summary>
/// What a run's budget made of its cases: each case's counts and predicted time, what the preset's counts would have
/// taken, and in words what was shortened and what that costs in precision (for the summary and run.json).
/// </summary>
/// <param name="Budget">The whole run's budget.</param>
/// <param name="Available">What was left of it for the cases once the pilot and the build were counted.</param>
/// <param name="Counts">Each case's counts, by <see cref="CaseKeys"/>.</param>
/// <param name="PredictedSeconds">Each case's predicted time at its counts.</param>
/// <param name="PresetSeconds">All cases at the preset's counts.</param>
/// <param name="PilotSeconds">The pilot's own time.</param>
internal sealed record RunBudgetPlan(
    TimeSpan Budget,
    TimeSpan Available,
    IReadOnlyDictionary<string, CaseCounts> Counts,
    IReadOnlyDictionary<string, double> PredictedSeconds,
    double PresetSeconds,
    double PilotSeconds)
{
    /// <summary>The cases' predicted time at their planned counts.</summary>
    public double PlannedSeconds => PredictedSeconds.Values.Sum();

    /// <summary>Whether even the fewest counts could not fit the budget.</summary>
    public bool Exceeded => PlannedSeconds > Available.TotalSeconds;

    /// <summary>
    /// How much wider a case's 99.9% interval (BenchmarkDotNet's Error column) is with <paramref name="iterations"/>
    /// measured iterations than with the preset's five, at the same spread: t(0.9995, n−1)/√n against n = 5.
    /// </summary>
    public static double IntervalWidening(int iterations) => HalfWidth(iterations) / HalfWidth(CaseCounts.PresetIterations);

    /// <summary>One paragraph for the summary: the budget, what the preset would have taken, what was shortened, and its cost.</summary>
    public string Describe()
    {
        var oneWarmup = Counts.Values.Count(counts => counts.Warmups == 1);
        var text = new System.Text.StringBuilder(string.Create(
            CultureInfo.InvariantCulture,
            $"budget {Minutes(Budget.TotalSeconds)}, the pilot included ({PilotSeconds:F0} s: one cold operation of each of {Counts.Count} cases in this process, cases that differ only in chunk size sharing one); "
            + $"at the preset's counts the cases would take about {Minutes(PresetSeconds)}, as planned about {Minutes(PlannedSeconds)}"));
        if (oneWarmup > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {oneWarmup} cases of an operation of a second or more get 1 warm-up instead of BenchmarkDotNet's 2 jitting calls and 2–6 warm-ups (its monitoring strategy; one multi-second operation is long enough for the runtime to tier the code up, so no precision is lost)");
        }

        foreach (IGrouping<int, CaseCounts> group in Counts.Values.Where(counts => counts.Iterations < CaseCounts.PresetIterations).GroupBy(counts => counts.Iterations).OrderByDescending(group => group.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"; {group.Count()} of the longest get {group.Key} measured iterations instead of {CaseCounts.PresetIterations}, so their Error column (99.9% interval) is {IntervalWidening(group.Key):F1}× as wide at the same spread");
        }

        if (Counts.Values.All(counts => counts.Iterations == CaseCounts.PresetIterations))
        {
            text.Append("; no iteration count was cut");
        }

        if (Exceeded)
        {
            text.Append(CultureInfo.InvariantCulture, $"; even the fewest counts need about {Minutes(PlannedSeconds)} of the {Minutes(Available.TotalSeconds)} left for the cases: this run will overrun its budget (a smaller grid, --filter, fits)");
        }

        return text.ToString();
    }

    private static double HalfWidth(int iterations) => StudentT.InvCDF(0, 1, iterations - 1, 0.9995) / Math.Sqrt(iterations);

    private static string Minutes(double seconds) => seconds < 90
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds:F0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:F0} min");
}
