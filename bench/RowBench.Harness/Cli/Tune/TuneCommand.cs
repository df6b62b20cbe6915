using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Harness.Benchmarks;
using RowBench.Harness.Cli.Run;
using RowBench.Harness.Suite;
using RowBench.Reports;
using RowBench.Strategies;
using RowBench.Transforms;
using RowBench.Tuning;

namespace RowBench.Harness.Cli.Tune;

/// <summary>
/// <c>tune</c>: sweeps chunk sizes through BenchmarkDotNet, fits the cost model and writes tuning.json and
/// tuning.md; with <c>--check FILE</c>, re-measures the recorded chunk sizes and exits 1 when one has gone stale.
/// </summary>
internal static class TuneCommand
{
    private static readonly string[] ParallelStrategies = [.. StrategyCatalog.Names.Where(name => name != "sequential")];

    public static Command Create(HarnessConsole console)
    {
        var quick = new Option<bool>("--quick") { Description = "1,000 rows and the quick job, in process (at most 4 minutes on 2 cores)." };
        var strategy = new Option<string?>("--strategy") { Description = "Sweep one strategy: " + string.Join(", ", ParallelStrategies) + ". The default is all three." };
        strategy.Validators.Add(result =>
        {
            string? name = result.GetValueOrDefault<string?>();
            if (name is not null && !ParallelStrategies.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError(string.Equals(name, "sequential", StringComparison.OrdinalIgnoreCase)
                    ? "--strategy: sequential has no chunk size to tune; use parallel-for, plinq or dataflow."
                    : "--strategy: " + StrategyCatalog.DescribeUnknown(name));
            }
        });
        var transform = new Option<string?>("--transform") { Description = "Sweep one transform: faithful or fast. The default is both." };
        transform.Validators.Add(result =>
        {
            string? name = result.GetValueOrDefault<string?>();
            if (name is not null && !TransformCatalog.TryGet(name, out _))
            {
                result.AddError("--transform: " + TransformCatalog.DescribeUnknown(name));
            }
        });
        var degree = CommonOptions.DegreeOfParallelism();
        var rows = CommonOptions.Positive("--rows", "Rows of the synthetic data set. The default is 9,339 (1,000 with --quick).", Data.SyntheticImageGenerator.DefaultRows);
        var output = new Option<string?>("--out") { Description = "The folder for tuning.json, tuning.md and the BenchmarkDotNet reports. The default is results/tune-<UTC timestamp>." };
        var check = new Option<string?>("--check") { Description = "Re-measure the chunk sizes recorded in this tuning.json; exit 1 if one is now significantly slower than the new best by more than the tolerance." };
        var tolerance = new Option<string>("--tolerance") { Description = "With --check: how much slower than the new best a recorded chunk size may be.", DefaultValueFactory = _ => "10%" };
        tolerance.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (!ChangeThreshold.TryParse(value, out _))
            {
                result.AddError($"--tolerance: '{value}' is not a threshold; use a percentage such as 10%.");
            }
        });

        var command = new Command("tune", "Sweep chunk sizes, fit time(c) ≈ a + b/c + d·c, and recommend a chunk size per strategy, transform and degree.")
        {
            quick, strategy, transform, degree, rows, output, check, tolerance,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(tolerance) is { Implicit: false } && result.GetResult(check) is null)
            {
                result.AddError("--tolerance applies only with --check.");
            }
        });

        command.SetAction(parseResult =>
        {
            bool isQuick = parseResult.GetValue(quick);
            string label = (parseResult.GetValue(check) is null ? "tune-" : "tune-check-") + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            return Run(
                new TuneOptions(
                    isQuick ? BenchmarkPreset.Quick : BenchmarkPreset.Default,
                    parseResult.GetValue(strategy) is { } oneStrategy ? [oneStrategy.ToLowerInvariant()] : ParallelStrategies,
                    parseResult.GetValue(transform) is { } oneTransform ? [oneTransform.ToLowerInvariant()] : TransformCatalog.Names,
                    parseResult.GetValue(degree),
                    parseResult.GetResult(rows) is { Implicit: false } ? parseResult.GetValue(rows) : isQuick ? 1_000 : Data.SyntheticImageGenerator.DefaultRows,
                    parseResult.GetValue(output) ?? Path.Combine(RunCommand.DefaultResultsRoot(), label),
                    parseResult.GetValue(check),
                    ChangeThreshold.Parse(parseResult.GetValue(tolerance)!)),
                console);
        });
        return command;
    }

    public static int Run(TuneOptions options, HarnessConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        return options.Check is null ? Sweep(options, console) : Check(options, console);
    }

    private static int Sweep(TuneOptions options, HarnessConsole console)
    {
        TuneGrid.Curves =
        [
            .. from strategy in options.Strategies
               from transform in options.Transforms
               select new TuneGrid.Curve(strategy, transform, options.DegreeOfParallelism, options.Rows,
                   ChunkSizeGrid.For(options.Rows, options.DegreeOfParallelism, Environment.ProcessorCount)),
        ];

        IReadOnlyList<ChunkSizeCurve> curves = [];
        int exitCode = RunSweep(options, console, folder =>
        {
            (curves, TuningMachine machine) = ReadCurves(folder);
            var document = TuningDocument.From(curves, machine, Preset(options));
            File.WriteAllText(Path.Combine(folder, TuningDocument.FileName), document.ToJson());
            TuningReport.Write(curves, machine, Preset(options), folder);
        });

        if (exitCode == ExitCodes.Success)
        {
            console.Output.WriteLine();
            console.Output.Write(TuningReport.RecommendationsToMarkdown(curves));
            console.Output.WriteLine($"{Environment.NewLine}tune: tuning.json, tuning.md and tuning.html in {Path.GetFullPath(options.Out)}");
        }

        return exitCode;
    }

    private static int Check(TuneOptions options, HarnessConsole console)
    {
        string file = options.Check!;
        TuningDocument recorded = TuningDocument.Read(file);
        List<TuningEntry> entries =
        [
            .. recorded.Entries.Where(entry =>
                options.Strategies.Contains(entry.Strategy, StringComparer.OrdinalIgnoreCase)
                && options.Transforms.Contains(entry.Transform, StringComparer.OrdinalIgnoreCase)),
        ];
        if (entries.Count == 0)
        {
            throw new UsageException($"{file}: no entry for the strategies and transforms asked for");
        }

        // The grid, plus the recorded sizes, so that each is measured beside the new best.
        TuneGrid.Curves =
        [
            .. entries.Select(entry => new TuneGrid.Curve(entry.Strategy, entry.Transform, entry.DegreeOfParallelism, entry.Rows,
                [.. ChunkSizeGrid.For(entry.Rows, entry.DegreeOfParallelism, Environment.ProcessorCount)
                    .Union([entry.RecommendedChunkSize, entry.SafeRange.Min, entry.SafeRange.Max]).Order()])),
        ];

        List<TuningCheck> checks = [];
        int exitCode = RunSweep(options, console, folder =>
        {
            (IReadOnlyList<ChunkSizeCurve> fresh, TuningMachine machine) = ReadCurves(folder);
            var comparer = new MannWhitneyComparer();
            checks.AddRange(entries.Select(entry => TuningCheck.Evaluate(
                entry,
                fresh.Single(curve => curve.Strategy == entry.Strategy && curve.Transform == entry.Transform
                    && curve.Degree == entry.DegreeOfParallelism && curve.Rows == entry.Rows),
                options.Tolerance,
                comparer)));
            File.WriteAllText(Path.Combine(folder, TuningDocument.FileName), TuningDocument.From(fresh, machine, Preset(options)).ToJson());
            File.WriteAllText(Path.Combine(folder, "check.md"), TuningReport.CheckToMarkdown(checks, file, options.Tolerance.ToString()));
        });

        if (exitCode != ExitCodes.Success)
        {
            return exitCode;
        }

        console.Output.WriteLine();
        console.Output.Write(TuningReport.CheckToMarkdown(checks, file, options.Tolerance.ToString()));
        if (recorded.Machine.ProcessorCount != Environment.ProcessorCount)
        {
            console.Output.WriteLine($"tune: note: {file} was measured on {recorded.Machine.ProcessorCount} cores; this machine has {Environment.ProcessorCount}.");
        }

        return checks.Any(check => check.IsStale) ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static int RunSweep(TuneOptions options, HarnessConsole console, Action<string> writeReports)
    {
        console.Output.WriteLine($"tune: {TuneGrid.Curves.Sum(curve => curve.ChunkSizes.Count)} chunk sizes over {TuneGrid.Curves.Count} curves, {Preset(options)} job; reports to {options.Out}");
        SuiteReportFolder.Result result = SuiteReportFolder.Produce(
            options.Out,
            artifacts => SuiteRunner.Run(
                [typeof(ChunkSizeSweepBenchmarks)],
                ["--filter", "*"],
                BenchmarkConfigFactory.Create(options.Preset, artifacts, new TextWriterLogger(console.Output), maxWarmupCount: 4)),
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

    private static (IReadOnlyList<ChunkSizeCurve> Curves, TuningMachine Machine) ReadCurves(string folder)
    {
        BenchmarkResultSet results = BenchmarkResultReader.Read(folder);
        var machine = new TuningMachine(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, results.Host?.Processor);
        List<ChunkSizeCurve> curves = [];
        foreach (TuneGrid.Curve curve in TuneGrid.Curves)
        {
            List<ChunkSizePoint> points =
            [
                .. results.Results
                    .Where(result => result.Parameter(BenchmarkNames.StrategyParameter) == curve.Strategy
                        && result.Parameter(BenchmarkNames.TransformParameter) == curve.Transform
                        && result.IntParameter(BenchmarkNames.DegreeParameter) == curve.Degree
                        && result.IntParameter(BenchmarkNames.RowsParameter) == curve.Rows)
                    .Select(result => new ChunkSizePoint(result.IntParameter(BenchmarkNames.ChunkSizeParameter) ?? 0, result.MeanNanoseconds, result.Samples)),
            ];
            if (points.Count > 0)
            {
                curves.Add(new ChunkSizeCurve(curve.Strategy, curve.Transform, curve.Degree, curve.Rows, Environment.ProcessorCount, points));
            }
        }

        return (curves, machine);
    }

    private static string Preset(TuneOptions options) => options.Preset.ToString().ToLowerInvariant();
}
