namespace RowBench.Harness.Suite.Budget;

/// <summary>
/// Sizes each case's warm-ups and iterations from its pilot so that the run fits its budget. A case whose one
/// operation takes a second or more gets one warm-up: the preset's "2 to 6 until stable" would spend up to six such
/// operations on what the first already did (tier-up). If the cases still do not fit, the longest lose measured
/// iterations, one at a time, down to <see cref="CaseCounts.FewestIterations"/>; the short cases are never cut, as
/// their time is set by the 250 ms iteration, not by the operation.
/// </summary>
internal static class RunBudgetPlanner
{
    /// <summary>An operation this long or longer needs a single warm-up.</summary>
    public const double LongOperationSeconds = 1.0;

    /// <summary>The preset's iteration time: a shorter operation is repeated to fill it.</summary>
    public const double IterationSeconds = 0.25;

    /// <summary>Starting a benchmark process, loading the harness and BenchmarkDotNet's own stages, per case out of process.</summary>
    public const double ProcessStartSeconds = 2.0;

    /// <summary>The jitting and pilot stages BenchmarkDotNet runs to size an iteration of a short operation.</summary>
    public const double ShortOperationPilotSeconds = 0.5;

    /// <summary>The calls of BenchmarkDotNet's jitting stage under the throughput strategy when one call exceeds the iteration time.</summary>
    public const int JittingCalls = 2;

    public static RunBudgetPlan Plan(IReadOnlyList<PilotCase> cases, TimeSpan budget, TimeSpan available, double pilotSeconds, bool inProcess)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counts = cases.ToDictionary(pilot => pilot.Key, pilot => pilot.OperationSeconds >= LongOperationSeconds ? new CaseCounts(1, CaseCounts.PresetIterations) : CaseCounts.Preset);
        double presetSeconds = cases.Sum(pilot => Seconds(pilot, CaseCounts.Preset, inProcess));
        double Total() => cases.Sum(pilot => Seconds(pilot, counts[pilot.Key], inProcess));

        // The longest first, one iteration at a time, until the cases fit or every long one is at the fewest.
        PilotCase[] longest = [.. cases.Where(pilot => pilot.OperationSeconds >= LongOperationSeconds).OrderByDescending(pilot => pilot.OperationSeconds)];
        for (int iterations = CaseCounts.PresetIterations - 1; iterations >= CaseCounts.FewestIterations && Total() > available.TotalSeconds; iterations--)
        {
            foreach (PilotCase pilot in longest)
            {
                if (Total() <= available.TotalSeconds)
                {
                    break;
                }

                counts[pilot.Key] = counts[pilot.Key] with { Iterations = iterations };
            }
        }

        return new RunBudgetPlan(
            budget,
            available,
            counts,
            cases.ToDictionary(pilot => pilot.Key, pilot => Seconds(pilot, counts[pilot.Key], inProcess)),
            presetSeconds,
            pilotSeconds);
    }

    /// <summary>
    /// A case's predicted time at <paramref name="counts"/>: its process, its set-up, and its calls — under the throughput
    /// strategy BenchmarkDotNet's jitting stage (two calls of an operation longer than the iteration time, seen in the
    /// default preset's logs) or pilot, the warm-ups and the measured iterations; under the monitoring strategy of a
    /// long case only the warm-ups and the measured.
    /// </summary>
    public static double Seconds(PilotCase pilot, CaseCounts counts, bool inProcess)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(counts);
        double iteration = Math.Max(pilot.OperationSeconds, IterationSeconds);
        double sizing = counts.Warmups is not null ? 0 : pilot.OperationSeconds >= IterationSeconds ? JittingCalls * iteration : ShortOperationPilotSeconds;
        return (inProcess ? 0 : ProcessStartSeconds) + pilot.SetupSeconds + sizing + iteration * (counts.PlannedWarmups + counts.Iterations);
    }
}
