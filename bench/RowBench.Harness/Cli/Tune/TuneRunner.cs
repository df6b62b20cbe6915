using System.Globalization;
using System.Runtime.InteropServices;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Harness.Benchmarks;
using RowBench.Harness.Suite;
using RowBench.IO;
using RowBench.Reports;
using RowBench.Reports.Document;
using RowBench.Tuning;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Tune;

/// <summary>
/// What <c>tune</c> does once its options are read: the launches of the sweep (each a process of this harness), the
/// curves read from them, and tuning.json with its reports, or the check of a recorded tuning.
/// </summary>
internal static class TuneRunner
{
    public static int Run(TuneOptions options, HarnessConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        TuningDocument? recorded = options.Check is { } file ? TuningDocument.Read(file) : null;
        // A bad input file fails here, before any launch; its rows are the sweep's.
        if (BenchmarkData.UseInput(options.Input, options.Transforms) is { } inputRows)
        {
            options = options with { Rows = inputRows };
        }

        TuneGrid.Use(recorded is null ? SweepCurves(options) : CheckCurves(options, recorded));
        if (options.LaunchOnly)
        {
            return RunSweep(options, console);
        }

        // Before the sweep: an --out that holds the checked file would overwrite it, and one that cannot be written
        // would be found only after every launch.
        OutputPaths.EnsureFolder("tune", "--out", options.Out, options.Check, options.Input);
        StepSummary.Check(options.Summary);
        console.Output.WriteLine($"tune: {TuneGrid.Curves.Sum(curve => curve.ChunkSizes.Count)} chunk sizes over {TuneGrid.Curves.Count} curves, {options.Launches} launches; reports to {options.Out}");
        string scratch = Path.Combine(Path.GetTempPath(), "rowbench-tune-" + Guid.NewGuid().ToString("N")[..12]);
        bool keepScratch = false;
        try
        {
            if (TuneLaunches.Run(options, console, scratch) is { } failure)
            {
                console.Error.WriteLine("error: " + failure);
                return ExitCodes.Failed;
            }

            List<BenchmarkResultSet> launches = [.. Enumerable.Range(1, options.Launches).Select(index => BenchmarkResultReader.Read(TuneLaunches.Folder(scratch, index)))];
            BenchmarkResultSet combined = BenchmarkResultSet.CombineLaunches(options.Out, launches);
            var machine = new TuningMachine(
                Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, combined.Host?.Processor, MachineCalibration.Measure());
            IReadOnlyList<ChunkSizeCurve> curves = TuneCurves.Read(combined, TuneGrid.Curves, Environment.ProcessorCount);
            try
            {
                return recorded is null
                    ? WriteTuning(options, console, curves, machine, scratch)
                    : WriteCheck(options, console, recorded, curves, machine, scratch);
            }
            catch (OutputWriteException exception)
            {
                // The sweep's minutes are not thrown away with the report: its launches stay where they are.
                keepScratch = true;
                console.Error.WriteLine($"error: {exception.Message}; the launches' measurements are kept in {scratch}");
                return ExitCodes.CannotWrite;
            }
        }
        finally
        {
            if (!keepScratch)
            {
                ScratchFolder.TryDelete(scratch);
            }
        }
    }

    private static IReadOnlyList<TuneGrid.Curve> SweepCurves(TuneOptions options) =>
    [
        .. from strategy in options.Strategies
           from transform in options.Transforms
           select new TuneGrid.Curve(strategy, transform, options.DegreeOfParallelism, options.Rows,
               ChunkSizeGrid.For(options.Rows, options.DegreeOfParallelism, Environment.ProcessorCount, step: options.Preset == BenchmarkPreset.Quick ? 4 : 2)),
    ];

    /// <summary>The recorded curves' grids, plus the recorded sizes, so that each is measured beside the new best.</summary>
    private static IReadOnlyList<TuneGrid.Curve> CheckCurves(TuneOptions options, TuningDocument recorded)
    {
        List<TuningEntry> entries = CheckedEntries(options, recorded);
        return
        [
            .. entries.Select(entry => new TuneGrid.Curve(entry.Strategy, entry.Transform, entry.DegreeOfParallelism, entry.Rows,
                [.. ChunkSizeGrid.For(entry.Rows, entry.DegreeOfParallelism, Environment.ProcessorCount, step: options.Preset == BenchmarkPreset.Quick ? 4 : 2)
                    .Union([entry.RecommendedChunkSize]).Order()])),
        ];
    }

    private static List<TuningEntry> CheckedEntries(TuneOptions options, TuningDocument recorded)
    {
        List<TuningEntry> entries =
        [
            .. recorded.Entries.Where(entry =>
                options.Strategies.Contains(entry.Strategy, StringComparer.OrdinalIgnoreCase)
                && options.Transforms.Contains(entry.Transform, StringComparer.OrdinalIgnoreCase)),
        ];
        return entries.Count > 0 ? entries : throw new UsageException($"{options.Check}: no entry for the strategies and transforms asked for");
    }

    private static int WriteTuning(TuneOptions options, HarnessConsole console, IReadOnlyList<ChunkSizeCurve> curves, TuningMachine machine, string scratch)
    {
        AtomicFolder.Write(options.Out, folder =>
        {
            File.WriteAllText(Path.Combine(folder, TuningDocument.FileName), TuningDocument.From(curves, machine, Preset(options)).ToJson());
            TuningReport.Write(curves, machine, Preset(options), folder);
            TuneLaunches.KeepReports(scratch, folder, options.Launches);
        });

        console.Output.WriteLine();
        console.Output.Write(TuningReport.RecommendationsToMarkdown(curves));
        console.Output.WriteLine($"{Environment.NewLine}tune: tuning.json, tuning.md and tuning.html in {Path.GetFullPath(options.Out)}");
        return ExitCodes.Success;
    }

    private static int WriteCheck(TuneOptions options, HarnessConsole console, TuningDocument recorded, IReadOnlyList<ChunkSizeCurve> fresh, TuningMachine machine, string scratch)
    {
        string file = options.Check!;
        List<(TuningEntry, ChunkSizeCurve)> pairs =
        [
            .. CheckedEntries(options, recorded).Select(entry => (entry, fresh.Single(curve => curve.Strategy == entry.Strategy && curve.Transform == entry.Transform
                && curve.Degree == entry.DegreeOfParallelism && curve.Rows == entry.Rows))),
        ];
        IReadOnlyList<TuningCheck> checks = TuningCheck.EvaluateAll(pairs, options.Tolerance, new MannWhitneyComparer());
        List<string> notes = [.. MachineNotes(recorded.Machine, machine, file)];
        ReportDocument report = TuningReport.BuildCheck(checks, file, options.Tolerance.ToString(), notes);
        AtomicFolder.Write(options.Out, folder =>
        {
            File.WriteAllText(Path.Combine(folder, TuningDocument.FileName), TuningDocument.From(fresh, machine, Preset(options)).ToJson());
            ReportFiles.Write(report, folder, "check");
            TuneLaunches.KeepReports(scratch, folder, options.Launches);
        });

        console.Output.WriteLine();
        console.Output.Write(MarkdownRenderer.Render(report));
        StepSummary.Append(options.Summary, CheckSummaries.TuningCheck(checks, file, Path.Combine(Path.GetFullPath(options.Out), "check.md")));

        return checks.Any(check => check.IsStale) ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>What differs between the machine of the tuning file and this one: a stale verdict may be the machine's.</summary>
    private static IEnumerable<string> MachineNotes(TuningMachine recorded, TuningMachine current, string file)
    {
        if (recorded.ProcessorCount != current.ProcessorCount)
        {
            yield return $"{file} was measured on {recorded.ProcessorCount} processors; this machine has {current.ProcessorCount}: its chunk sizes do not apply here.";
        }

        if (recorded.CalibrationNanoseconds is { } before && current.CalibrationNanoseconds is { } now && !MachineCalibration.SameMachine(before, now))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{file} was measured on a machine of another speed: calibration {Units.Time(before)} there, {Units.Time(now)} here ({MachineCalibration.Factor(before, now):F2}×).");
        }
    }

    /// <summary>One launch's sweep (<c>tune --launch</c>): BenchmarkDotNet's reports only; the tuning is the parent's.</summary>
    private static int RunSweep(TuneOptions options, HarnessConsole console)
    {
        SuiteReportFolder.Result result = SuiteReportFolder.Produce(
            options.Out,
            artifacts => SuiteRunner.Run(
                [typeof(ChunkSizeSweepBenchmarks)],
                ["--filter", "*"],
                // tune reads times only: the memory diagnoser's extra run would cost each point a stage.
                BenchmarkConfigFactory.Create(options.Preset, artifacts, new TextWriterLogger(console.Output), launchJob: true, measureAllocations: false)),
            (_, _) => { });

        SuiteOutcome outcome = result.Outcome;
        if (outcome.Succeeded)
        {
            return ExitCodes.Success;
        }

        foreach (string failed in outcome.Failed)
        {
            console.Error.WriteLine($"error: benchmark failed: {failed}");
        }

        console.Error.WriteLine($"error: the sweep did not complete ({outcome.Failed.Count} of {outcome.BenchmarksRun} failed); no tuning was written");
        return ExitCodes.Failed;
    }

    private static string Preset(TuneOptions options) => options.Preset.ToString().ToLowerInvariant();
}
