using RowBench.Analysis.Comparison;

namespace RowBench.History;

/// <summary>
/// The history's runs grouped by machine, each benchmark's series with its steps, and the steps up that should alert.
/// Every candidate step of a machine is one test of one family: Holm's correction over all of them keeps the chance of
/// any false step at α.
/// </summary>
public sealed class HistoryAnalysis
{
    private HistoryAnalysis(IReadOnlyList<MachineHistory> machines, HistoryOptions options, IReadOnlyList<HistoryStep> alerts)
    {
        Machines = machines;
        Options = options;
        Alerts = alerts;
    }

    /// <summary>Each machine's runs and series, the machine with the most runs first.</summary>
    public IReadOnlyList<MachineHistory> Machines { get; }

    /// <summary>The options it was made with.</summary>
    public HistoryOptions Options { get; }

    /// <summary>
    /// Reported steps up of at least <see cref="HistoryOptions.FailOnStep"/> that begin within the newest
    /// <see cref="HistoryOptions.AlertRuns"/> runs of the machine the newest run was made on.
    /// </summary>
    public IReadOnlyList<HistoryStep> Alerts { get; }

    /// <summary>Analyses <paramref name="runs"/> (any order).</summary>
    public static HistoryAnalysis Analyse(IReadOnlyList<HistoryRun> runs, HistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(options);
        List<HistoryRun> kept = [.. runs.Where(run => options.Since is not { } since || run.OrderTime >= since).OrderBy(run => run.OrderTime).ThenBy(run => run.CreatedUtc)];

        var groups = new List<List<HistoryRun>>();
        foreach (HistoryRun run in kept)
        {
            // Against the group's median calibration, not its first run's: one run made while the machine was busy
            // must not decide which later runs count as the same machine.
            List<HistoryRun>? group = groups.FirstOrDefault(candidate => Typical(candidate).IsSameAs(run.Machine));
            if (group is null)
            {
                groups.Add([run]);
            }
            else
            {
                group.Add(run);
            }
        }

        List<MachineHistory> machines = [.. groups.Select(group => AnalyseMachine(group, options)).OrderByDescending(machine => machine.Runs.Count)];
        HistoryRun? newest = kept.MaxBy(run => run.CreatedUtc);
        List<HistoryStep> alerts = [];
        if (machines.FirstOrDefault(machine => machine.Runs.Contains(newest!)) is { } latest)
        {
            int firstRecent = latest.Runs.Count - options.AlertRuns;
            alerts = [.. latest.Series.SelectMany(series => series.ReportedSteps)
                .Where(step => step.IsSlower && step.Ratio - 1 >= options.FailOnStep && step.RunIndex >= firstRecent)];
        }

        return new HistoryAnalysis(machines, options, alerts);
    }

    /// <summary>The group's machine with the median of its runs' calibrations.</summary>
    private static HistoryMachine Typical(List<HistoryRun> group)
    {
        List<double> calibrations = [.. group.Select(run => run.Machine.CalibrationNanoseconds).OfType<double>()];
        return group[0].Machine with { CalibrationNanoseconds = calibrations.Count > 0 ? Analysis.BenchmarkResult.Median(calibrations) : null };
    }

    private static MachineHistory AnalyseMachine(List<HistoryRun> runs, HistoryOptions options)
    {
        List<string> keys = [.. runs.SelectMany(run => run.Benchmarks).Select(benchmark => benchmark.Key)
            .Where(key => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(options.Filter, key, ignoreCase: false))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var points = new Dictionary<string, List<HistoryPoint>>(StringComparer.Ordinal);
        var candidates = new List<(string Key, StepDetector.Candidate Candidate)>();
        foreach (string key in keys)
        {
            List<HistoryPoint> series = [.. runs.Select((run, index) => (run, index))
                .Select(pair => pair.run.Benchmarks.FirstOrDefault(benchmark => benchmark.Key == key) is { } benchmark ? new HistoryPoint(pair.index, pair.run, benchmark) : null)
                .OfType<HistoryPoint>()];
            points[key] = series;
            candidates.AddRange(StepDetector.Candidates([.. series.Select(point => point.Benchmark.MedianNanoseconds)]).Select(candidate => (key, candidate)));
        }

        double[] adjusted = HolmCorrection.Adjust([.. candidates.Select(pair => pair.Candidate.PValue)]);
        var steps = new Dictionary<string, List<HistoryStep>>(StringComparer.Ordinal);
        for (int index = 0; index < candidates.Count; index++)
        {
            (string key, StepDetector.Candidate candidate) = candidates[index];
            HistoryPoint first = points[key][candidate.Index];
            double ratio = candidate.AfterMedian / candidate.BeforeMedian;
            bool reported = adjusted[index] < options.SignificanceLevel && Math.Abs(ratio - 1) >= options.MinimumStep;
            var step = new HistoryStep(key, first.RunIndex, first.Run, candidate.BeforeMedian, candidate.AfterMedian, candidate.Before.Count, candidate.After.Count, candidate.PValue, adjusted[index], reported);
            (steps.TryGetValue(key, out List<HistoryStep>? list) ? list : steps[key] = []).Add(step);
        }

        List<HistorySeries> allSeries = [.. keys.Select(key => new HistorySeries(key, points[key], steps.GetValueOrDefault(key) ?? []))];
        return new MachineHistory(Typical(runs), runs, allSeries);
    }
}
