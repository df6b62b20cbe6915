using RowBench.Analysis;
using RowBench.Analysis.Comparison;

namespace RowBench.History;

/// <summary>
/// The history's runs grouped by machine, each benchmark's series with its steps, and the steps up that should alert.
/// Every candidate step of a machine is one test of one family: Holm's correction over all of them keeps the chance of
/// any false step at α.
/// </summary>
public sealed class HistoryAnalysis
{
    private HistoryAnalysis(IReadOnlyList<MachineHistory> machines, HistoryOptions options, IReadOnlyList<HistoryStep> alerts, IReadOnlyList<HistoryStep> acknowledged)
    {
        Machines = machines;
        Options = options;
        Alerts = alerts;
        Acknowledged = acknowledged;
    }

    /// <summary>Each machine's runs and series, the machine with the most runs first.</summary>
    public IReadOnlyList<MachineHistory> Machines { get; }

    /// <summary>The options it was made with.</summary>
    public HistoryOptions Options { get; }

    /// <summary>
    /// The open regressions of the machine the newest run was made on: reported steps up of at least
    /// <see cref="HistoryOptions.FailOnStep"/> whose series has not come back within it since, not acknowledged, in a
    /// series with one mode. They fail the report however old they are.
    /// </summary>
    public IReadOnlyList<HistoryStep> Alerts { get; }

    /// <summary>Open regressions that someone acknowledged (<c>history ack</c>): listed, not failing.</summary>
    public IReadOnlyList<HistoryStep> Acknowledged { get; }

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
        List<HistoryStep> acknowledged = [];
        if (machines.FirstOrDefault(machine => machine.Runs.Contains(newest!)) is { } latest)
        {
            // A regression stays open — listed, and failing the report — until the series' level returns within the
            // threshold of where it was before the step, or someone acknowledges it: it does not age out.
            foreach (HistorySeries series in latest.Series.Where(series => series.Bimodal is null))
            {
                double current = series.CurrentLevel;
                foreach (HistoryStep step in series.ReportedSteps.Where(step => step.IsSlower && step.Ratio - 1 >= options.FailOnStep
                    && current / step.BeforeMedianNanoseconds - 1 >= options.FailOnStep))
                {
                    (options.Acknowledgements.Any(acknowledgement => acknowledgement.Covers(step)) ? acknowledged : alerts).Add(step);
                }
            }
        }

        return new HistoryAnalysis(machines, options, alerts, acknowledged);
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
        var modes = new Dictionary<string, Bimodality?>(StringComparer.Ordinal);
        var tested = new Dictionary<string, List<HistoryPoint>>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            List<HistoryPoint> series = [.. runs.Select((run, index) => (run, index))
                .Select(pair => pair.run.Benchmarks.FirstOrDefault(benchmark => benchmark.Key == key) is { } benchmark ? new HistoryPoint(pair.index, pair.run, benchmark) : null)
                .OfType<HistoryPoint>()];
            points[key] = series;
            // A second mode that comes and goes is not a step: the steps are looked for in the main mode's runs.
            Bimodality? bimodal = Bimodality.Detect([.. series.Select(point => point.Benchmark.MedianNanoseconds)]);
            modes[key] = bimodal;
            HashSet<int> left = bimodal is null ? [] : [.. bimodal.MinorityIndices];
            tested[key] = [.. series.Where((_, index) => !left.Contains(index))];
            candidates.AddRange(StepDetector.Candidates([.. tested[key].Select(point => point.Benchmark.MedianNanoseconds)]).Select(candidate => (key, candidate)));
        }

        double[] adjusted = HolmCorrection.Adjust([.. candidates.Select(pair => pair.Candidate.PValue)]);
        var steps = new Dictionary<string, List<HistoryStep>>(StringComparer.Ordinal);
        for (int index = 0; index < candidates.Count; index++)
        {
            (string key, StepDetector.Candidate candidate) = candidates[index];
            HistoryPoint first = tested[key][candidate.Index];
            double ratio = candidate.AfterMedian / candidate.BeforeMedian;
            bool reported = adjusted[index] < options.SignificanceLevel && Math.Abs(ratio - 1) >= options.MinimumStep;
            var step = new HistoryStep(key, first.RunIndex, first.Run, candidate.BeforeMedian, candidate.AfterMedian, candidate.Before.Count, candidate.After.Count, candidate.PValue, adjusted[index], reported, modes[key] is not null);
            (steps.TryGetValue(key, out List<HistoryStep>? list) ? list : steps[key] = []).Add(step);
        }

        List<HistorySeries> allSeries = [.. keys.Select(key => new HistorySeries(key, points[key], steps.GetValueOrDefault(key) ?? [], modes[key]))];
        return new MachineHistory(Typical(runs), runs, allSeries);
    }
}
