using System.CommandLine;
using System.Globalization;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.IO;
using RowBench.Reports;

using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Compare;

/// <summary>
/// <c>compare BASE NEW</c>: compares two runs benchmark by benchmark and exits 1 on a significant regression, so
/// that a CI pipeline can gate on it. The markdown goes to standard output; <c>--out</c> also writes it with the HTML.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(HarnessConsole console)
    {
        var baseRun = new Argument<string>("BASE") { Description = "The base run: a results folder or one *-report-full.json file." };
        var newRun = new Argument<string>("NEW") { Description = "The new run: a results folder or one *-report-full.json file." };
        var threshold = CliParsers.Threshold("--threshold", "The smallest change that counts: a percentage (5%) or a time (1us).", "5%");
        var noise = CliParsers.Threshold("--noise", "Differences of medians below this are ignored: a time (1us) or a percentage.", "1us");
        var alpha = AlphaOption();
        var output = CommonOptions.Out("A folder to write compare.md, compare.html and the chart to.");
        var filter = new Option<string>("--filter")
        {
            Description = "Compare only the benchmarks whose full name matches this glob, such as *StrategyBenchmarks*.",
            DefaultValueFactory = _ => "*",
        };

        var otherMachine = new Option<bool>("--allow-other-machine")
        {
            Description = $"Compare runs whose calibrations differ by more than {MachineCalibration.DefaultMargin * 100:0}% (another machine); otherwise that is exit 2.",
        };

        var allowMissing = AllowMissingOption();
        var summary = CommonOptions.Summary();
        var command = new Command("compare", "Compare two runs; exit 1 on a significant regression beyond the threshold, or a benchmark missing from NEW.")
        {
            baseRun, newRun, threshold, noise, alpha, output, filter, otherMachine, allowMissing, summary,
        };
        command.SetAction(parseResult => Run(
            new CompareOptions(
                parseResult.GetValue(baseRun)!,
                parseResult.GetValue(newRun)!,
                parseResult.GetValue(threshold)!,
                parseResult.GetValue(noise)!,
                parseResult.GetValue(alpha),
                parseResult.GetValue(output),
                parseResult.GetValue(filter)!,
                parseResult.GetValue(otherMachine),
                parseResult.GetValue(allowMissing),
                parseResult.GetValue(summary)),
            console));
        return command;
    }

    public static int Run(CompareOptions options, HarnessConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        string? summary = StepSummary.Target(options.Summary);
        StepSummary.Check(summary);
        BenchmarkResultSet baseRun = BenchmarkResultReader.Read(options.Base).Filter(options.Filter);
        BenchmarkResultSet newRun = BenchmarkResultReader.Read(options.New).Filter(options.Filter);
        string? machineNote = MachineNote(RunInfo.TryReadFor(options.Base), RunInfo.TryReadFor(options.New), options.AllowOtherMachine);
        RunComparison comparison = RunComparison.Compare(
            baseRun, newRun, new ComparisonOptions(options.Threshold, options.Noise, options.AllowMissing), new MannWhitneyComparer(options.SignificanceLevel));

        // With traces in both runs (run --trace), the slower verdicts are explained from them.
        var explained = CompareExplainer.Explain(options.Base, options.New, comparison, besideReport: options.Out is not null);

        // The folder first: a destination that cannot be written is exit 3 before anything reaches standard output.
        if (options.Out is { } folder)
        {
            AtomicFolder.Write(folder, staging =>
            {
                ComparisonReport.Write(comparison, staging, machineNote, appendix: explained?.Blocks);
                CompareExplainer.CopyTraces(explained?.Traces ?? [], staging);
            });
        }

        console.Output.Write(ComparisonReport.ToMarkdown(comparison, machineNote: machineNote, appendix: explained?.Blocks));
        if (options.Out is { } written)
        {
            console.Output.WriteLine($"{Environment.NewLine}compare: reports in {Path.GetFullPath(written)}");
        }

        StepSummary.Append(summary, ComparisonSummary.ToMarkdown(comparison, "compare", options.Out is { } report ? Path.Combine(Path.GetFullPath(report), "compare.md") : null));
        ReportMissing(comparison, console);
        return comparison.FailsGate ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>The one line that says the gate fails for benchmarks NEW lacks (compare and ab alike).</summary>
    internal static void ReportMissing(RunComparison comparison, HarnessConsole console)
    {
        if (comparison.MissingThatFail.Count > 0)
        {
            console.Error.WriteLine($"error: NEW lacks {comparison.MissingThatFail.Count} of BASE's benchmarks (the first: {ComparisonReport.DisplayName(comparison.MissingThatFail[0])}); pass --allow-missing if they were removed on purpose");
        }
    }

    /// <summary>The option that lets benchmarks missing from the new run pass the gate, shared with ab.</summary>
    internal static Option<bool> AllowMissingOption() => new("--allow-missing")
    {
        Description = "Benchmarks of the base run that the new run lacks do not fail the gate (by default they do: exit 1, listed first).",
    };

    /// <summary>
    /// A line on the machines the runs came from, or an error when their calibrations say they differ: a slower
    /// machine is not a regression.
    /// </summary>
    internal static string? MachineNote(RunInfo? baseRun, RunInfo? newRun, bool allowOtherMachine)
    {
        if (baseRun?.CalibrationNanoseconds is not { } before || newRun?.CalibrationNanoseconds is not { } after)
        {
            return "No calibration recorded for one of the runs: whether they came from machines of the same speed is not known.";
        }

        double factor = MachineCalibration.Factor(before, after);
        string figures = string.Create(CultureInfo.InvariantCulture, $"calibration {Units.Time(before)} (base) vs {Units.Time(after)} (new), {factor:F2}×");
        if (MachineCalibration.SameMachine(before, after))
        {
            return $"Same machine speed: {figures}, within {MachineCalibration.DefaultMargin * 100:0}%.";
        }

        return allowOtherMachine
            ? $"The machines differ ({figures}); compared anyway (--allow-other-machine): every ratio includes the machines' difference."
            : throw new UsageException($"the machines differ: {figures}, beyond the {MachineCalibration.DefaultMargin * 100:0}% margin; run both on one machine (ab), or pass --allow-other-machine");
    }

    /// <summary>The family-wise significance level option, shared with ab.</summary>
    internal static Option<double> AlphaOption(string description = "The significance level: the share of false verdicts, and the chance of any when nothing changed, stays below it.")
    {
        var alpha = new Option<double>("--alpha")
        {
            Description = description,
            DefaultValueFactory = _ => MannWhitneyComparer.DefaultSignificanceLevel,
        };
        alpha.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value < 0.5))
            {
                result.AddError($"--alpha must be above 0 and below 0.5; got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        return alpha;
    }
}
