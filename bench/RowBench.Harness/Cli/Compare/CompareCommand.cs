using System.CommandLine;
using System.Globalization;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Reports;

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
        var threshold = ThresholdOption("--threshold", "The smallest change that counts: a percentage (5%) or a time (1us).", "5%");
        var noise = ThresholdOption("--noise", "Differences of medians below this are ignored: a time (1us) or a percentage.", "1us");
        var alpha = new Option<double>("--alpha")
        {
            Description = "The significance level of the Mann–Whitney tests.",
            DefaultValueFactory = _ => MannWhitneyComparer.DefaultSignificanceLevel,
        };
        alpha.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (value is <= 0 or >= 0.5)
            {
                result.AddError($"--alpha must be above 0 and below 0.5; got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        var output = new Option<string?>("--out") { Description = "A folder to write compare.md, compare.html and the chart to." };
        var filter = new Option<string>("--filter")
        {
            Description = "Compare only the benchmarks whose full name matches this glob, such as *StrategyBenchmarks*.",
            DefaultValueFactory = _ => "*",
        };

        var command = new Command("compare", "Compare two runs; exit 1 on a significant regression beyond the threshold.")
        {
            baseRun, newRun, threshold, noise, alpha, output, filter,
        };
        command.SetAction(parseResult => Run(
            new CompareOptions(
                parseResult.GetValue(baseRun)!,
                parseResult.GetValue(newRun)!,
                ChangeThreshold.Parse(parseResult.GetValue(threshold)!),
                ChangeThreshold.Parse(parseResult.GetValue(noise)!),
                parseResult.GetValue(alpha),
                parseResult.GetValue(output),
                parseResult.GetValue(filter)!),
            console));
        return command;
    }

    public static int Run(CompareOptions options, HarnessConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        BenchmarkResultSet baseRun = BenchmarkResultReader.Read(options.Base).Filter(options.Filter);
        BenchmarkResultSet newRun = BenchmarkResultReader.Read(options.New).Filter(options.Filter);
        RunComparison comparison = RunComparison.Compare(
            baseRun, newRun, new ComparisonOptions(options.Threshold, options.Noise), new MannWhitneyComparer(options.SignificanceLevel));

        string markdown = ComparisonReport.ToMarkdown(comparison);
        console.Output.Write(markdown);
        if (options.Out is { } folder)
        {
            Directory.CreateDirectory(folder);
            ComparisonReport.Write(comparison, folder);
            console.Output.WriteLine($"{Environment.NewLine}compare: reports in {Path.GetFullPath(folder)}");
        }

        return comparison.Count(Verdict.Slower) > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static Option<string> ThresholdOption(string name, string description, string defaultValue)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (!ChangeThreshold.TryParse(value, out _))
            {
                result.AddError($"{name}: '{value}' is not a threshold; use a percentage such as 5% or a time such as 1us, 250ns or 2ms.");
            }
        });
        return option;
    }
}
