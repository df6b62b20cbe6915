using System.Diagnostics;
using System.Globalization;
using RowBench.Analysis;
using RowBench.Harness.Cli;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// Runs ab's launches: builds both sides, then starts each side's harness as a process (<c>run --launch</c>) in the
/// A B B A order of <see cref="AbSchedule"/>, and combines each side's launches into one result set whose samples are
/// the launches.
/// </summary>
internal static class AbRunner
{
    /// <summary>What ab measured.</summary>
    /// <param name="PairedLaunches">The paired launches, when the sides could be loaded side by side; else null.</param>
    /// <param name="Design">How the samples were taken, and why, for the report.</param>
    /// <param name="PairedLevel">The one-sided α the paired verdicts are given at: the stopping look's (a budgeted run spends α over its looks).</param>
    /// <param name="Looks">The budgeted run's looks.</param>
    public sealed record Outcome(
        AbSide Base, AbSide New, BenchmarkResultSet BaseResults, BenchmarkResultSet NewResults, IReadOnlyList<AbLaunch> Launches,
        IReadOnlyList<PairedLaunch.LaunchResult>? PairedLaunches = null, string Design = "", double? PairedLevel = null,
        IReadOnlyList<Analysis.Sequential.LookOutcome>? Looks = null)
    {
        /// <summary>What --explain found; set while both sides' builds still exist.</summary>
        public Explain.AbExplanation? Explanation { get; init; }
    }

    /// <param name="elapsed">The job's clock: a budget counts the builds as well as the launches.</param>
    public static Outcome Run(AbOptions options, HarnessConsole console, string scratch, Stopwatch elapsed)
    {
        using var checkouts = new AbCheckouts(options.Repository);
        AbSide baseSide = checkouts.Prepare("base", options.Base, scratch, options.SideAssembly);
        AbSide newSide = checkouts.Prepare("new", options.New, scratch, options.SideAssembly);
        foreach (AbSide side in new[] { baseSide, newSide })
        {
            console.Error.WriteLine($"ab: building {side.Name} ({side.Spec}, {side.ShortCommit})...");
            AbCheckouts.Build(side, scratch);
        }

        string fallback;
        if (options.SideAssembly is not null)
        {
            fallback = "--side-assembly: two builds of your transform, each measured in launches of its own";
        }
        else if (options.Input is not null || options.TransformAssemblies is { Count: > 0 })
        {
            fallback = "--input and --transform-assembly are measured a launch per side";
        }
        else if (AbPairedRunner.Run(options, baseSide, newSide, console, scratch, elapsed, out string? reason) is { } paired)
        {
            var outcome = new Outcome(baseSide, newSide, paired.Base, paired.New, [], paired.Launches,
                $"paired: {paired.Launches.Count} launches ({paired.Stop}), each loading both sides into one process and alternating them case by case in rounds of random order, {AbPairedRunner.GcSetting(options.GcDefaults)}; the test works on each launch's median new ÷ base ratio",
                paired.Level, paired.Looks);
            // Explained here, while the worktrees that hold both sides' builds still exist.
            return outcome with { Explanation = Explain.AbExplainer.Explain(options, baseSide, newSide, paired.Launches, AbCommand.Compare(options, outcome), console, scratch) };
        }
        else
        {
            fallback = reason!;
        }

        // The budget is for paired launches: a launch per side keeps its fixed count (the budget's looks assume pairs).
        console.Error.WriteLine($"ab: a launch per side ({fallback}){(options.Budget is { } budget && budget > TimeSpan.Zero ? "; --budget applies to paired launches only, so this run takes its " + options.LaunchesPerSide + " launches a side" : "")}");
        IReadOnlyList<bool> order = AbSchedule.Order(options.LaunchesPerSide);
        var launches = new List<AbLaunch>();
        var results = new Dictionary<string, List<BenchmarkResultSet>> { ["base"] = [], ["new"] = [] };
        var counts = new Dictionary<string, int> { ["base"] = 0, ["new"] = 0 };
        for (int position = 0; position < order.Count; position++)
        {
            AbSide side = order[position] ? newSide : baseSide;
            int index = ++counts[side.Name];
            string label = string.Create(CultureInfo.InvariantCulture, $"{side.Name}-{index:00}");
            string folder = Path.Combine(scratch, "launches", label);
            DateTimeOffset started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            int exitCode = ChildProcess.Run(
                HarnessLaunch.Host, HarnessLaunch.Arguments(side.Harness, LaunchArguments(options, label, Path.Combine(scratch, "launches"), side)), side.Checkout, Path.Combine(scratch, label + ".log"), HarnessLaunch.Environment);
            double seconds = clock.Elapsed.TotalSeconds;
            if (exitCode != 0)
            {
                string hint = exitCode == ExitCodes.BadInput ? " (does this revision predate ab? its harness must know 'run --launch')" : "";
                throw new AbLaunchFailedException($"ab: launch {label} of the {side.Name.ToUpperInvariant()} side ('{side.Spec}') exited {exitCode}{hint}; see {Path.Combine(scratch, label + ".log")}");
            }

            BenchmarkResultSet set = BenchmarkResultReader.Read(folder);
            results[side.Name].Add(set);
            launches.Add(new AbLaunch(side.Name, index, position + 1, started, seconds, RunInfo.TryRead(folder)?.CalibrationNanoseconds,
                set.Results.ToDictionary(result => result.Key, result => result.SampleMedianNanoseconds)));
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ab: launch {position + 1}/{order.Count}: {label} in {seconds:F1} s"));
        }

        return new Outcome(
            baseSide,
            newSide,
            BenchmarkResultSet.CombineLaunches($"{options.Base} ({baseSide.ShortCommit})", results["base"]),
            BenchmarkResultSet.CombineLaunches($"{options.New} ({newSide.ShortCommit})", results["new"]),
            launches,
            Design: $"a launch per side, {options.LaunchesPerSide} a side in A B B A order, each launch's median one sample (not paired: {fallback})")
        {
            Explanation = options.Explain == Explain.ExplainMode.Never ? null
                : Explain.AbExplanation.None($"Not explained: --explain traces both sides in one process, as paired launches run them, and this run measured a launch per side ({fallback})."),
        };
    }

    /// <summary>
    /// The arguments of one launch: the quick grid (with --quick at the processor count only and <see cref="HarnessLaunch.QuickRows"/>
    /// rows: 29 benchmarks in about 22 s a launch on 2 cores), the launch job.
    /// </summary>
    /// <param name="side">The side launched: one of the user's repository brings its own transform assembly.</param>
    public static IReadOnlyList<string> LaunchArguments(AbOptions options, string label, string resultsRoot, AbSide? side = null)
    {
        List<string> arguments = ["run", "--quick", "--launch", "--label", label, "--results", resultsRoot, "--filter", options.Filter];
        if (options.Quick)
        {
            arguments.AddRange(["--degrees", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)]);
            if (options.Input is null)
            {
                arguments.AddRange(["--rows", HarnessLaunch.QuickRows.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        if (options.Input is not null)
        {
            arguments.AddRange(["--input", options.Input]);
        }

        IReadOnlyList<string> assemblies = side?.TransformAssembly is { } own ? [own] : options.TransformAssemblies ?? [];
        foreach (string assembly in assemblies)
        {
            arguments.AddRange(["--transform-assembly", assembly]);
        }

        return arguments;
    }
}
