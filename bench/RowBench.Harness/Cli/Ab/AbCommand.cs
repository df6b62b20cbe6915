using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RowBench.Analysis.Comparison;
using RowBench.Harness.Cli.Ab;
using RowBench.Harness.Cli.Ab.Explain;
using RowBench.Harness.Cli.Compare;
using RowBench.Harness.Cli.Run;
using RowBench.Harness.Transforms;
using RowBench.IO;
using RowBench.Reports;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// <c>ab BASE NEW</c>: builds two revisions and runs the same benchmarks for both in one job, alternating launches,
/// with the launch (a process) as the sample; exits 1 on a significant regression. No stored baseline is involved, so
/// a slower or busier machine slows both sides alike.
/// </summary>
internal static class AbCommand
{
    /// <summary>
    /// Launches per side with --quick: 8. Seven is the fewest whose exact test can pass the correction over the grid's
    /// 27 benchmarks at α = 0.05 when one benchmark alone changed; the eighth leaves room for the launch-to-launch spread
    /// (up to 80% on chunk-1 cases).
    /// </summary>
    public const int QuickLaunchesPerSide = 8;

    /// <summary>The time budget of --quick, builds included: the issue's promise of a verdict within 10 minutes on 2 cores.</summary>
    public static readonly TimeSpan QuickBudget = TimeSpan.FromMinutes(10);

    /// <summary>Launches per side without --quick.</summary>
    public const int DefaultLaunchesPerSide = 10;

    public static Command Create(HarnessConsole console)
    {
        var baseRun = new Argument<string>("BASE") { Description = "The base: a git revision of this repository (branch, tag, commit) or the path of a checkout." };
        var newRun = new Argument<string>("NEW") { Description = "The candidate: a git revision or the path of a checkout." };
        var quick = new Option<bool>("--quick")
        {
            Description = $"The CI grid: the quick suite at the processor count, {HarnessLaunch.QuickRows} rows, paired launches within a 10-minute budget (--budget).",
        };
        var filter = new Option<string>("--filter") { Description = "Run only the benchmarks whose name matches this glob, such as *StrategyBenchmarks*.", DefaultValueFactory = _ => "*" };
        var threshold = CliParsers.Threshold("--threshold", "The smallest change that counts: a percentage (5%) or a time (1us).", "5%");
        var noise = CliParsers.Threshold("--noise", "Differences of medians below this are ignored: a time (1us) or a percentage.", "1us");
        var alpha = CompareCommand.AlphaOption();
        var launches = CommonOptions.Positive("--launches", $"Launches (processes) per side. The default is {QuickLaunchesPerSide} with --quick, else {DefaultLaunchesPerSide}.", DefaultLaunchesPerSide);
        var output = CommonOptions.Out("The folder for ab.md, ab.html, the chart and launches.json. The default is results/ab-<UTC timestamp>.");
        var transformAssembly = CommonOptions.TransformAssembly();
        var input = CommonOptions.FilePath("--input", "A CSV file both sides benchmark instead of the synthetic images.");
        var gcDefaults = new Option<bool>("--gc-defaults")
        {
            Description = "Paired launches keep the runtime's large-object threshold (85,000 bytes). By default they raise it to 2 MB, so that a transform's large temporary objects die in gen 0 instead of setting off gen-2 collections at random moments, the largest source of round-to-round spread here.",
        };

        var budget = CliParsers.Budget(
            "--budget",
            $"The time the whole job may take, builds included (10m, 90s, none). Paired launches are added while it lasts and some benchmark is undecided, looking at {AbPairedRunner.FirstLook}, {AbPairedRunner.FirstLook + AbPairedRunner.LookEvery}, … launches with α spent over the looks; --launches is then the most (default {AbPairedRunner.BudgetMaximum}). The default is 10m with --quick, none without.");
        var sideAssembly = new Option<string?>("--side-assembly")
        {
            Description = "Compare two builds of YOUR transform: BASE and NEW are then folders or revisions of your git repository (in the current folder), each built with 'dotnet build -c Release', and this path, relative to the repository's root (such as MyTransforms/bin/Release/net10.0/MyTransforms.dll), is the transform assembly in each. This is how ab works from the installed tool.",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Explain even when nothing is slower (then the benchmarks of the largest new ÷ base ratio). By default every slower benchmark is explained: its runtime counters (collections, bytes allocated, lock contentions, thread-pool work items, GC pauses) over the verdict's launches, and both sides traced under EventPipe's CPU sampler, with speedscope files.",
        };
        var noExplain = new Option<bool>("--no-explain") { Description = "Do not explain the slower benchmarks (saves one launch of about 5 s a benchmark)." };
        var explainMax = CommonOptions.Positive("--explain-max", $"The most benchmarks explained, most slowed first (default {AbExplainer.DefaultMaximum}).", AbExplainer.DefaultMaximum);
        var allowMissing = CompareCommand.AllowMissingOption();
        var summary = CommonOptions.Summary();
        var command = new Command("ab", "Build two revisions and benchmark them side by side in one job, alternating launches; exit 1 on a significant regression or a benchmark missing from NEW.")
        {
            baseRun, newRun, quick, filter, threshold, noise, alpha, launches, output, transformAssembly, input, gcDefaults, allowMissing, budget, summary, sideAssembly, explain, noExplain, explainMax,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(explain) && result.GetValue(noExplain))
            {
                result.AddError("--explain and --no-explain cannot be combined.");
            }

            if (result.GetValue(sideAssembly) is { } path)
            {
                if (result.GetResult(transformAssembly) is not null)
                {
                    result.AddError("--side-assembly and --transform-assembly cannot be combined: with --side-assembly each side brings its own assembly.");
                }

                if (Path.IsPathRooted(path))
                {
                    result.AddError($"--side-assembly: '{path}' must be relative to each side's checkout, such as MyTransforms/bin/Release/net10.0/MyTransforms.dll.");
                }
            }
        });
        command.SetAction(parseResult =>
        {
            bool isQuick = parseResult.GetValue(quick);
            TimeSpan? jobBudget = parseResult.GetValue(budget) is { } given ? (given > TimeSpan.Zero ? given : null) : isQuick ? QuickBudget : null;
            bool launchesGiven = parseResult.GetResult(launches) is { Implicit: false };
            // --input, --transform-assembly and --side-assembly are measured a launch per side, where the budget's looks
            // do not apply: such a run takes the fixed count, not the budget's most (24 a side, twice the time).
            bool launchPerSide = parseResult.GetValue(sideAssembly) is not null || parseResult.GetResult(input) is not null || parseResult.GetResult(transformAssembly) is not null;
            int launchCount = launchesGiven ? parseResult.GetValue(launches)
                : jobBudget is not null && !launchPerSide ? AbPairedRunner.BudgetMaximum
                : isQuick ? QuickLaunchesPerSide : DefaultLaunchesPerSide;
            return Run(
                new AbOptions(
                    parseResult.GetValue(baseRun)!,
                    parseResult.GetValue(newRun)!,
                    isQuick,
                    parseResult.GetValue(filter)!,
                    parseResult.GetValue(threshold)!,
                    parseResult.GetValue(noise)!,
                    parseResult.GetValue(alpha),
                    launchCount,
                    parseResult.GetValue(output) ?? Path.Combine(HarnessPaths.DefaultResultsRoot(), "ab-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)),
                    // The user's repository is the current folder's; a RowBench revision is the scripts' repository's.
                    parseResult.GetValue(sideAssembly) is not null ? Directory.GetCurrentDirectory() : HarnessPaths.RepositoryRoot(),
                    parseResult.GetValue(input) is { } file ? Path.GetFullPath(file) : null,
                    HarnessTransforms.AssemblyPaths,
                    parseResult.GetValue(gcDefaults),
                    parseResult.GetValue(allowMissing),
                    jobBudget,
                    parseResult.GetValue(summary),
                    parseResult.GetValue(sideAssembly),
                    parseResult.GetValue(noExplain) ? ExplainMode.Never : parseResult.GetValue(explain) ? ExplainMode.Always : ExplainMode.WhenSlower,
                    parseResult.GetValue(explainMax)),
                console);
        });
        return command;
    }

    public static int Run(AbOptions options, HarnessConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        if (options.SideAssembly is null && HarnessPaths.IsInstalledTool)
        {
            throw new UsageException("ab: the installed tool compares two builds of your transform: give --side-assembly PATH (your transform assembly, relative to your repository's root) with BASE and NEW as folders or revisions of your repository");
        }

        // Before any build or launch: an --out that cannot be written would otherwise be found after all of them.
        OutputPaths.EnsureFolder("ab", "--out", options.Out, options.Input);
        string? summary = StepSummary.Target(options.Summary);
        StepSummary.Check(summary);
        string scratch = Path.Combine(Path.GetTempPath(), "rowbench-ab-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(scratch);
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        AbRunner.Outcome outcome;
        try
        {
            outcome = AbRunner.Run(options, console, scratch, elapsed);
        }
        catch (AbLaunchFailedException ex)
        {
            console.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Failed;
        }
        catch (UsageException ex) when (!ex.Message.Contains(scratch, StringComparison.Ordinal))
        {
            // Nothing in the scratch folder is named in the message (no build log): it would only be litter.
            ScratchFolder.TryDelete(scratch);
            throw;
        }

        RunComparison comparison = Compare(options, outcome);
        AbExplanation? explanation = outcome.Explanation;
        IReadOnlyList<RowBench.Reports.Document.ReportBlock>? appendix = explanation is null ? null : ExplainReport.Blocks(explanation.Benchmarks, explanation.Skipped);
        double minutes = elapsed.Elapsed.TotalMinutes;
        string note = string.Create(
            CultureInfo.InvariantCulture,
            $"ab: both sides built and run on this machine in one job ({(options.Quick ? "--quick grid" : "quick grid")}), {minutes:F1} minutes in all; {outcome.Design}.");

        string launchesJson = new AbLaunchesDocument(
            AbSideDescription.Of(outcome.Base), AbSideDescription.Of(outcome.New), options.LaunchesPerSide, options.Quick, outcome.Launches,
            outcome.Design, options.Budget?.TotalMinutes, outcome.Looks, outcome.PairedLaunches).ToJson();
        try
        {
            AtomicFolder.Write(options.Out, staging =>
            {
                ComparisonReport.Write(comparison, staging, note, name: "ab", appendix: appendix);
                File.WriteAllText(Path.Combine(staging, AbLaunchesDocument.FileName), launchesJson);
                if (explanation is not null)
                {
                    ExplainOutput.Write(explanation, staging);
                }
            });
        }
        catch (OutputWriteException exception)
        {
            // Minutes of launches are not thrown away with the report: their measurements stay, and the message says where.
            File.WriteAllText(Path.Combine(scratch, "launches.json"), launchesJson);
            console.Error.WriteLine($"error: {exception.Message}; the launches' measurements are kept in {Path.Combine(scratch, "launches.json")}");
            return ExitCodes.CannotWrite;
        }

        ScratchFolder.TryDelete(scratch);

        console.Output.Write(ComparisonReport.ToMarkdown(comparison, machineNote: note, appendix: appendix));
        console.Output.WriteLine($"{Environment.NewLine}ab: reports in {Path.GetFullPath(options.Out)}");
        StepSummary.Append(summary, ComparisonSummary.ToMarkdown(comparison, "ab", Path.Combine(Path.GetFullPath(options.Out), "ab.md")));
        CompareCommand.ReportMissing(comparison, console);

        return comparison.FailsGate ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>The verdicts of <paramref name="outcome"/>: paired launches by their ratios, launches per side by rank.</summary>
    public static RunComparison Compare(AbOptions options, AbRunner.Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outcome);
        ISampleComparer comparer = outcome.PairedLaunches is null ? new MannWhitneyComparer(options.SignificanceLevel) : new PairedRatioComparer(outcome.PairedLevel ?? options.SignificanceLevel);
        return RunComparison.Compare(outcome.BaseResults, outcome.NewResults, new ComparisonOptions(options.Threshold, options.Noise, options.AllowMissing), comparer);
    }

}
