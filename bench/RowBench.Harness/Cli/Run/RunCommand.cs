using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using RowBench.Harness.Benchmarks;
using RowBench.Harness.Suite;
using RowBench.Harness.Transforms;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Run;

/// <summary>
/// <c>run</c>, the main job: runs the benchmark suite for a preset and writes BenchmarkDotNet's reports and the
/// project's summary to <c>results/&lt;label&gt;/</c>. Exits 1 when any benchmark failed or nothing ran.
/// </summary>
internal static partial class RunCommand
{
    /// <summary>The default preset's budget: the issue's promise of the main job within 30 minutes on a 2-core host.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMinutes(30);

    /// <summary>Time kept back from a budget for BenchmarkDotNet's build of the benchmark project (out of process) and the reports.</summary>
    private static readonly TimeSpan BuildAndReportAllowance = TimeSpan.FromSeconds(75);

    public static readonly Type[] SuiteTypes = [typeof(StrategyBenchmarks), typeof(TransformBenchmarks), typeof(OverheadBenchmarks), typeof(StreamingBenchmarks), typeof(WideRowStreamingBenchmarks), typeof(CsvParserBenchmarks), typeof(DistributedBenchmarks), typeof(DistributedCallBenchmarks)];

    public static Command Create(HarnessConsole console)
    {
        var quick = new Option<bool>("--quick") { Description = "A reduced grid in process, for CI and for trying the tool (at most 3 minutes on 2 cores); the same from the installed tool." };
        var full = new Option<bool>("--full") { Description = "The whole grid at BenchmarkDotNet's default accuracy, under Workstation and Server GC (hours); a benchmark process per job, built from the RowBench repository, so not from the installed tool." };
        var label = new Option<string?>("--label") { Description = "The results folder's name under results/. The default is a UTC timestamp." };
        var filter = new Option<string>("--filter") { Description = "Run only the benchmarks whose full name matches this glob, such as *Plinq*.", DefaultValueFactory = _ => "*" };
        var results = new Option<string>("--results") { Description = "The folder that holds the results folders.", DefaultValueFactory = _ => HarnessPaths.DefaultResultsRoot() };
        var inProcess = new Option<bool>("--in-process")
        {
            Description = "Run every benchmark in this process (as --quick does), for machines without the .NET SDK such as a self-contained publish.",
        };
        var launchJob = new Option<bool>("--launch")
        {
            Description = "One launch of ab: the preset's grid with a short job in this process (1 to 3 warm-ups, "
                + $"{BenchmarkConfigFactory.LaunchIterations} iterations of {BenchmarkConfigFactory.LaunchIterationMilliseconds} ms), whose median is one sample; ab runs many, alternating two builds.",
        };
        var degrees = CliParsers.IntList("--degrees", "Replace the preset's degrees of parallelism, such as 1,2,4,8,16.", minimum: 1, maximum: Strategies.StrategyOptions.MaxDegreeOfParallelism);
        var rows = CliParsers.IntList("--rows", "Replace the preset's row counts of the strategy and overhead benchmarks, such as 300.", minimum: 1);
        var chunkSizes = CliParsers.IntList("--chunk-sizes", "Replace the preset's chunk sizes, such as 0,10,100 (0 is the strategy's default).", minimum: 0);
        var transforms = CliParsers.NameList(
            "--transforms",
            "Replace the preset's transforms, such as fast (the default is faithful,fast, or the transforms of --transform-assembly when given).",
            HarnessTransforms.Names,
            HarnessTransforms.DescribeUnknown);
        var workers = CliParsers.IntList(
            "--workers", "Run the distributed benchmarks with these numbers of worker processes, such as 1,2 (they are in --full only otherwise).", minimum: 1, maximum: 64);
        var transformAssembly = CommonOptions.TransformAssembly();
        var input = CommonOptions.FilePath(
            "--input", "A CSV file of your rows (integers, or decimals for a transform of double rows): the strategy benchmarks' data set instead of the synthetic images; read once, before any benchmark.");
        var budget = CliParsers.Budget(
            "--budget",
            $"The time the default preset's run may take, pilot and build included (30m, 1h, none). A pilot times one operation of each case in this process; a case of a second or more then gets 1 warm-up, and if the run still does not fit, the longest cases lose iterations (down to {Suite.Budget.CaseCounts.FewestIterations}); the summary says what was cut. The default is {DefaultBudget.TotalMinutes:0}m for the default preset, none for --quick and --full.");
        var trace = new Option<bool>("--trace")
        {
            Description = "After the suite, trace each case it ran in this process under EventPipe's CPU sampler (about 2.5 s a case, longer where one operation takes over half a second): traces/ of the results folder gets a speedscope file per case, and compare explains its slower verdicts when both runs hold traces.",
        };
        var extra = new Argument<string[]>("benchmarkdotnet-arguments")
        {
            Description = "Extra BenchmarkDotNet arguments, after --.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var command = new Command("run", "Run the benchmark suite and write reports to results/<label>/ (the default command). The default preset runs each case in a benchmark process BenchmarkDotNet builds from the RowBench repository, within a 30-minute budget (--budget); from the installed tool, which has no project to build from, it runs every case in this process instead, as --in-process does.")
        {
            quick, full, label, filter, results, inProcess, launchJob, degrees, rows, chunkSizes, transforms, workers, transformAssembly, input, budget, trace, extra,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(quick) && result.GetValue(full))
            {
                result.AddError("--quick and --full cannot be combined.");
            }

            if (result.GetValue(full) && result.GetValue(launchJob))
            {
                result.AddError("--full compares GC modes, which needs a process per job: it cannot be one --launch.");
            }

            if (result.GetValue(full) && result.GetValue(inProcess))
            {
                result.AddError("--full compares GC modes, which needs a process per job: it cannot run --in-process.");
            }

            if (result.GetValue(budget) is { } given && given > TimeSpan.Zero && (result.GetValue(quick) || result.GetValue(full) || result.GetValue(launchJob)))
            {
                result.AddError("--budget sizes the default preset's cases; --quick, --full and --launch keep their own counts.");
            }

            if (result.GetResult(input) is not null && result.GetResult(rows) is not null)
            {
                result.AddError("--rows applies to the synthetic data set; with --input the file's rows are the data set.");
            }

            if (result.GetValue(trace) && result.GetValue(launchJob))
            {
                result.AddError("--trace traces a run's cases for compare; an ab launch is measured, not traced (ab --explain traces its slower benchmarks).");
            }

            if (result.GetValue(label) is { } name && !IsValidLabel(name))
            {
                result.AddError($"--label: '{name}' is not a folder name; use letters, digits, '.', '_' and '-'.");
            }
        });

        command.SetAction(parseResult =>
        {
            BenchmarkPreset preset = parseResult.GetValue(quick) ? BenchmarkPreset.Quick : parseResult.GetValue(full) ? BenchmarkPreset.Full : BenchmarkPreset.Default;
            TimeSpan? runBudget = parseResult.GetValue(budget) is { } given
                ? (given > TimeSpan.Zero ? given : null)
                : preset == BenchmarkPreset.Default && !parseResult.GetValue(launchJob) ? DefaultBudget : null;
            return Run(
            new RunOptions(
                preset,
                parseResult.GetValue(label) ?? DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture),
                parseResult.GetValue(filter)!,
                parseResult.GetValue(results)!,
                parseResult.GetValue(extra) ?? [],
                parseResult.GetValue(inProcess),
                parseResult.GetValue(degrees),
                parseResult.GetValue(chunkSizes),
                parseResult.GetValue(transforms),
                parseResult.GetValue(launchJob),
                parseResult.GetValue(rows),
                parseResult.GetValue(input),
                parseResult.GetValue(workers),
                runBudget,
                parseResult.GetValue(trace)),
            console);
        });
        return command;
    }

    public static int Run(RunOptions options, HarnessConsole console) => Run(options, console, SuiteTypes);

    /// <summary>Runs <paramref name="benchmarkTypes"/> as the suite; tests pass benchmark classes of their own.</summary>
    internal static int Run(RunOptions options, HarnessConsole console, Type[] benchmarkTypes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        if (!options.InProcess && options.Preset != BenchmarkPreset.Quick && !options.LaunchJob && HarnessPaths.IsInstalledTool)
        {
            // BenchmarkDotNet builds the benchmark processes from the harness's project, which the installed tool does not carry.
            if (options.Preset == BenchmarkPreset.Full)
            {
                throw new UsageException("--full compares GC modes in a benchmark process per job, which BenchmarkDotNet builds from the RowBench repository; the installed tool cannot: run it from a clone (./run-benchmarks.sh --full)");
            }

            console.Output.WriteLine("run: the installed tool has no project to build benchmark processes from: every case runs in this process, as --in-process does");
            options = options with { InProcess = true };
        }

        SuitePlan plan = SuitePlan.For(options.Preset, Environment.ProcessorCount)
            .With(options.Rows, options.ChunkSizes, options.Degrees, options.Transforms ?? (HarnessTransforms.UserNames.Count > 0 ? HarnessTransforms.UserNames : null), options.Workers);
        // A bad input file fails here, before any benchmark; its rows are the strategy benchmarks' row count.
        if (BenchmarkData.UseInput(options.Input, plan.Transforms) is { } inputRows)
        {
            plan = plan with { Rows = [inputRows], Input = Path.GetFileName(options.Input) };
        }

        SuiteGrid.Use(plan);

        string destination = Path.Combine(options.ResultsRoot, options.Label);
        console.Output.WriteLine($"run-benchmarks: {options.Preset.ToString().ToLowerInvariant()} preset, reports to {destination}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Suite.Budget.RunBudgetPlan? budget = null;
        SuiteReportFolder.Result result = SuiteReportFolder.Produce(
            destination,
            artifacts =>
            {
                if (options.Budget is { } runBudget && options.Preset == BenchmarkPreset.Default && !options.LaunchJob)
                {
                    budget = PlanBudget(benchmarkTypes, options, runBudget, Path.Combine(artifacts, "pilot"), clock, console);
                }

                // Inherited by the benchmark processes, which write their peak memory there.
                Environment.SetEnvironmentVariable(PeakMemory.DirectoryVariable, Path.Combine(artifacts, "memory"));
                // An ab or tune launch is one step of its parent's progress, which reports it; a run reports its own cases.
                // On a terminal the progress is one live line and BenchmarkDotNet's log goes only to its file in the results
                // folder; in a CI log or a redirected output, both go to standard output, the progress as plain lines.
                bool live = console.IsTerminal && !options.LaunchJob;
                if (live)
                {
                    console.Output.WriteLine($"run: BenchmarkDotNet's log goes to the results folder ({destination}); progress below");
                }

                using SuiteProgress? progress = options.LaunchJob ? null : new SuiteProgress(console.Output, planned: budget?.PredictedSeconds, runClock: clock, live: live);
                return SuiteRunner.Run(
                    benchmarkTypes,
                    ["--filter", options.Filter, .. options.BenchmarkDotNetArguments],
                    BenchmarkConfigFactory.Create(options.Preset, artifacts, live ? BenchmarkDotNet.Loggers.NullLogger.Instance : new TextWriterLogger(console.Output), options.InProcess, launchJob: options.LaunchJob, progress: progress, budget: budget));
            },
            (folder, outcome) =>
            {
                SuiteSummaryFiles.Write(folder, options.Label, options.Preset, plan, options.InProcess, options.LaunchJob, budget?.Describe());
                if (options.Trace && outcome.Succeeded)
                {
                    RunTraces.TryWrite(folder, options.Filter, console);
                }
            });

        return Report(result, options, console);
    }

    /// <summary>The pilot, then each case's counts so that the run fits <paramref name="runBudget"/>; said on standard output as it goes.</summary>
    private static Suite.Budget.RunBudgetPlan PlanBudget(Type[] benchmarkTypes, RunOptions options, TimeSpan runBudget, string pilotArtifacts, System.Diagnostics.Stopwatch clock, HarnessConsole console)
    {
        console.Output.WriteLine($"run: pilot: one operation of each case (of each chunk size's group) in this process, to fit the budget of {runBudget.TotalMinutes:0.#} minutes...");
        var pilotClock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Suite.Budget.PilotCase> pilot = Suite.Budget.BudgetPilot.Run(benchmarkTypes, options.Filter, pilotArtifacts);
        ScratchFolder.TryDelete(pilotArtifacts);
        TimeSpan available = runBudget - clock.Elapsed - (options.InProcess ? TimeSpan.FromSeconds(15) : BuildAndReportAllowance);
        Suite.Budget.RunBudgetPlan budget = Suite.Budget.RunBudgetPlanner.Plan(pilot, runBudget, available, pilotClock.Elapsed.TotalSeconds, options.InProcess);
        double end = clock.Elapsed.TotalSeconds + (options.InProcess ? 0 : BuildAndReportAllowance.TotalSeconds) + budget.PlannedSeconds;
        console.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"run: budget: {budget.Describe()}; the whole run about {end / 60:F1} min (ends ~{DateTime.Now.AddSeconds(end - clock.Elapsed.TotalSeconds):HH:mm})"));
        return budget;
    }

    internal static bool IsValidLabel(string label) => label is not ("." or "..") && LabelPattern().IsMatch(label);

    private static int Report(SuiteReportFolder.Result result, RunOptions options, HarnessConsole console)
    {
        SuiteOutcome outcome = result.Outcome;
        if (outcome.BenchmarksRun == 0)
        {
            console.Error.WriteLine($"error: no benchmark ran: nothing matched --filter '{options.Filter}'; no reports were written");
            return ExitCodes.Failed;
        }

        console.Output.WriteLine($"run-benchmarks: {outcome.BenchmarksRun} benchmarks; reports in {result.Folder}");
        if (outcome.Succeeded)
        {
            console.Output.WriteLine($"run-benchmarks: summary: {Path.Combine(result.Folder!, "summary.md")}");
            return ExitCodes.Success;
        }

        foreach (string error in outcome.ValidationErrors)
        {
            console.Error.WriteLine($"error: validation: {error}");
        }

        foreach (string benchmark in outcome.Failed)
        {
            console.Error.WriteLine($"error: benchmark failed: {benchmark}");
        }

        console.Error.WriteLine($"error: {outcome.Failed.Count} of {outcome.BenchmarksRun} benchmarks failed; see the log in {result.Folder}");
        return ExitCodes.Failed;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex LabelPattern();
}
