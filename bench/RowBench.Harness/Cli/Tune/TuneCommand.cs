using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Distributed;
using RowBench.Harness.Cli.Ab;
using RowBench.Harness.Benchmarks;
using RowBench.Harness.Cli.Run;
using RowBench.Harness.Distributed;
using RowBench.Harness.Transforms;
using RowBench.Harness.Suite;
using RowBench.IO;
using RowBench.Reports;
using RowBench.Reports.Document;
using RowBench.Strategies;
using RowBench.Transforms;
using RowBench.Tuning;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Tune;

/// <summary>
/// <c>tune</c>: sweeps chunk sizes through BenchmarkDotNet, fits the cost model and writes tuning.json and
/// tuning.md; with <c>--check FILE</c>, re-measures the recorded chunk sizes and exits 1 when one has gone stale.
/// </summary>
internal static class TuneCommand
{
    // tune --quick takes HarnessLaunch.QuickRows, as ab --quick does. At 1,000 rows a faithful point took 4 s of a launch
    // (13 stages of 300 ms), 88 s a launch, over 7 minutes for five; at 300 rows five launches fit in about 3.

    private static readonly string[] ParallelStrategies = [.. StrategyCatalog.Names.Where(name => name != "sequential")];

    public static Command Create(HarnessConsole console)
    {
        var quick = new Option<bool>("--quick") { Description = $"{HarnessLaunch.QuickRows} rows, chunk sizes in powers of 4, 5 launches of a short in-process job (about 3 minutes on 2 cores)." };
        var strategy = new Option<string?>("--strategy")
        {
            Description = "Sweep one strategy: " + string.Join(", ", ParallelStrategies) + ", or distributed (--workers processes). The default is the first three.",
        };
        var workers = CommonOptions.Positive("--workers", "With --strategy distributed: the worker processes each sweep point's cluster has.", 2);
        strategy.Validators.Add(result =>
        {
            string? name = result.GetValueOrDefault<string?>();
            if (name is not null && !ParallelStrategies.Contains(name, StringComparer.OrdinalIgnoreCase) && !CommonOptions.IsDistributed(name))
            {
                result.AddError(string.Equals(name, "sequential", StringComparison.OrdinalIgnoreCase)
                    ? "--strategy: sequential has no chunk size to tune; use parallel-for, plinq or dataflow."
                    : "--strategy: " + StrategyCatalog.DescribeUnknown(name) + " (or distributed)");
            }
        });
        strategy.CompletionSources.Add([.. ParallelStrategies, DistributedStrategy.StrategyName]);
        var transform = new Option<string?>("--transform")
        {
            Description = "Sweep one transform: " + string.Join(", ", HarnessTransforms.Names) + ". The default is faithful and fast, or the transforms of --transform-assembly when given.",
        };
        transform.CompletionSources.Add([.. HarnessTransforms.Names]);
        transform.Validators.Add(result =>
        {
            string? name = result.GetValueOrDefault<string?>();
            if (name is not null && !HarnessTransforms.TryGet(name, out _))
            {
                result.AddError("--transform: " + HarnessTransforms.DescribeUnknown(name));
            }
        });
        var transformAssembly = CommonOptions.TransformAssembly();
        var input = CommonOptions.FilePath("--input", "A CSV file of your rows to sweep over instead of the synthetic images (integers, or decimals for a transform of double rows).");
        var degree = CommonOptions.DegreeOfParallelism();
        var rows = CommonOptions.Positive("--rows", $"Rows of the synthetic data set. The default is 9,339 ({HarnessLaunch.QuickRows} with --quick).", Data.SyntheticImageGenerator.DefaultRows);
        var output = new Option<string?>("--out") { Description = "The folder for tuning.json, tuning.md and the BenchmarkDotNet reports. The default is results/tune-<UTC timestamp>." };
        var check = new Option<string?>("--check") { Description = "Re-measure the chunk sizes recorded in this tuning.json; exit 1 if one is now significantly slower than the new best by more than the tolerance." };
        var tolerance = CliParsers.Threshold("--tolerance", "With --check: how much slower than the new best a recorded chunk size may be.", "10%");

        var launches = CommonOptions.Positive("--launches", "Processes that each sweep the grid once; each is one sample of every point.", TuneOptions.DefaultLaunches);
        var launch = new Option<bool>("--launch") { Description = "Be one launch of a tune: sweep once in this process and write BenchmarkDotNet's reports only (tune runs these itself)." };

        var command = new Command("tune", "Sweep chunk sizes, fit time(c) ≈ a + b/c + d·c, and recommend a chunk size per strategy, transform and degree.")
        {
            quick, strategy, workers, transform, transformAssembly, input, degree, rows, output, check, tolerance, launches, launch,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(input) is not null && result.GetResult(rows) is { Implicit: false })
            {
                result.AddError("--rows applies to the synthetic data set; with --input the file's rows are swept.");
            }

            if (result.GetResult(workers) is { Implicit: false } && !CommonOptions.IsDistributed(result.GetValue(strategy)))
            {
                result.AddError("--workers applies only with --strategy distributed.");
            }

            if (result.GetResult(tolerance) is { Implicit: false } && result.GetResult(check) is null)
            {
                result.AddError("--tolerance applies only with --check.");
            }
        });

        command.SetAction(parseResult =>
        {
            bool isQuick = parseResult.GetValue(quick);
            // The launches and their benchmark processes inherit it; each sweep point starts its own cluster.
            Environment.SetEnvironmentVariable(HarnessCluster.WorkersVariable, parseResult.GetValue(workers).ToString(CultureInfo.InvariantCulture));
            string label = (parseResult.GetValue(check) is null ? "tune-" : "tune-check-") + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            return Run(
                new TuneOptions(
                    isQuick ? BenchmarkPreset.Quick : BenchmarkPreset.Default,
                    parseResult.GetValue(strategy) is { } oneStrategy ? [oneStrategy.ToLowerInvariant()] : ParallelStrategies,
                    parseResult.GetValue(transform) is { } oneTransform ? [oneTransform.ToLowerInvariant()] : CommonOptions.DefaultTransforms(TransformCatalog.Names),
                    parseResult.GetValue(degree),
                    parseResult.GetResult(rows) is { Implicit: false } ? parseResult.GetValue(rows) : isQuick ? HarnessLaunch.QuickRows : Data.SyntheticImageGenerator.DefaultRows,
                    parseResult.GetValue(output) ?? Path.Combine(HarnessPaths.DefaultResultsRoot(), label),
                    parseResult.GetValue(check),
                    parseResult.GetValue(tolerance)!,
                    parseResult.GetValue(launches),
                    parseResult.GetValue(launch),
                    parseResult.GetValue(input),
                    HarnessTransforms.AssemblyPaths),
                console);
        });
        return command;
    }

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
            return RunSweep(options, console, _ => { });
        }

        console.Output.WriteLine($"tune: {TuneGrid.Curves.Sum(curve => curve.ChunkSizes.Count)} chunk sizes over {TuneGrid.Curves.Count} curves, {options.Launches} launches; reports to {options.Out}");
        string scratch = Path.Combine(Path.GetTempPath(), "rowbench-tune-" + Guid.NewGuid().ToString("N")[..12]);
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
            return recorded is null
                ? WriteTuning(options, console, curves, machine, scratch)
                : WriteCheck(options, console, recorded, curves, machine, scratch);
        }
        finally
        {
            ScratchFolder.TryDelete(scratch);
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

    private static int RunSweep(TuneOptions options, HarnessConsole console, Action<string> writeReports)
    {
        SuiteReportFolder.Result result = SuiteReportFolder.Produce(
            options.Out,
            artifacts => SuiteRunner.Run(
                [typeof(ChunkSizeSweepBenchmarks)],
                ["--filter", "*"],
                // tune reads times only: the memory diagnoser's extra run would cost each point a stage.
                BenchmarkConfigFactory.Create(options.Preset, artifacts, new TextWriterLogger(console.Output), launchJob: true, measureAllocations: false)),
            (folder, outcome) =>
            {
                // A curve with a failed point would recommend from a hole: no tuning is written then.
                if (outcome.Succeeded)
                {
                    writeReports(folder);
                }
            });

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
