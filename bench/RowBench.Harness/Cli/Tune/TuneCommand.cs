using System.CommandLine;
using System.Globalization;
using RowBench.Distributed;
using RowBench.Harness.Distributed;
using RowBench.Harness.Transforms;
using RowBench.Harness.Suite;
using RowBench.Strategies;
using RowBench.Transforms;
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
        var output = CommonOptions.Out("The folder for tuning.json, tuning.md and the BenchmarkDotNet reports. The default is results/tune-<UTC timestamp>.");
        var check = new Option<string?>("--check") { Description = "Re-measure the chunk sizes recorded in this tuning.json; exit 1 if one is now significantly slower than the new best by more than the tolerance." };
        var tolerance = CliParsers.Threshold("--tolerance", "With --check: how much slower than the new best a recorded chunk size may be.", "10%");

        var summary = CommonOptions.Summary();
        var launches = CommonOptions.Positive("--launches", "Processes that each sweep the grid once; each is one sample of every point.", TuneOptions.DefaultLaunches);
        var launch = new Option<bool>("--launch") { Description = "Be one launch of a tune: sweep once in this process and write BenchmarkDotNet's reports only (tune runs these itself)." };

        var command = new Command("tune", "Sweep chunk sizes, fit time(c) ≈ a + b/c + d·c, and recommend a chunk size per strategy, transform and degree.")
        {
            quick, strategy, workers, transform, transformAssembly, input, degree, rows, output, check, tolerance, launches, launch, summary,
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

            if (result.GetResult(summary) is not null && result.GetResult(check) is null)
            {
                result.AddError("--summary applies only with --check (a sweep has no verdict to summarise).");
            }
        });

        command.SetAction(parseResult =>
        {
            bool isQuick = parseResult.GetValue(quick);
            // The launches and their benchmark processes inherit it; each sweep point starts its own cluster.
            Environment.SetEnvironmentVariable(HarnessCluster.WorkersVariable, parseResult.GetValue(workers).ToString(CultureInfo.InvariantCulture));
            string label = (parseResult.GetValue(check) is null ? "tune-" : "tune-check-") + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            return TuneRunner.Run(
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
                    HarnessTransforms.AssemblyPaths,
                    parseResult.GetValue(check) is null ? null : StepSummary.Target(parseResult.GetValue(summary))),
                console);
        });
        return command;
    }
}
