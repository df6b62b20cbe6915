using System.CommandLine;
using System.Globalization;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.History;
using RowBench.IO;
using RowBench.Reports;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.History;

/// <summary>
/// <c>history add RUN_FOLDER</c> appends a run to the history (a folder of JSON lines, one file per machine name);
/// <c>history report</c> draws every benchmark's trend per machine, finds its steps, and exits 1 when a recent step up
/// is large enough to alert a main-branch job; <c>history ack COMMIT GLOB</c> accepts an open regression.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(HarnessConsole console)
    {
        var command = new Command("history", "Keep every main-branch run and find the steps in each benchmark's trend.");
        command.Subcommands.Add(CreateAdd(console));
        command.Subcommands.Add(CreateReport(console));
        command.Subcommands.Add(CreateAck(console));
        return command;
    }

    /// <summary>The history folder when none is given: <c>results/history/runs</c> at the repository root.</summary>
    public static string DefaultHistory => Path.Combine(HarnessPaths.DefaultResultsRoot(), "history", "runs");

    private static Option<string> HistoryOption() => new("--history")
    {
        Description = "The history folder (JSON lines, one file per machine name).",
        DefaultValueFactory = _ => DefaultHistory,
    };

    private static Command CreateAdd(HarnessConsole console)
    {
        var folder = new Argument<string>("RUN_FOLDER") { Description = "A results folder the harness wrote (its JSON reports and run.json)." };
        var history = HistoryOption();
        var commit = new Option<string>("--commit")
        {
            Description = "The commit the run measured: a revision of the repository the command runs in, or a full SHA.",
            DefaultValueFactory = _ => "HEAD",
        };
        var calibration = new Option<double?>("--calibration")
        {
            Description = "The machine's calibration in nanoseconds (the calibrate command), for a run.json made before runs recorded one.",
        };
        calibration.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } value && !(value > 0 && double.IsFinite(value)))
            {
                result.AddError($"--calibration must be a positive number of nanoseconds; got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });

        var command = new Command("add", "Append a run to the history; adding the same run again changes nothing.") { folder, history, commit, calibration };
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                throw new UsageException($"history add: '{path}' is not a results folder");
            }

            RunInfo run = RunInfo.TryRead(path) ?? throw new UsageException($"history add: '{path}' has no {RunInfo.FileName}; add a folder that run wrote");
            BenchmarkResultSet results = BenchmarkResultReader.Read(path);
            (string sha, DateTimeOffset? date) = ResolveCommit(parseResult.GetValue(commit)!);
            HistoryRun entry = HistoryRun.From(results, run, sha, date, parseResult.GetValue(calibration));
            string store = parseResult.GetValue(history)!;
            bool added = HistoryStore.Append(store, entry);
            console.Output.WriteLine(added
                ? $"history: added run {entry.Id} ({entry.ShortCommit}, {entry.Benchmarks.Count} benchmarks, {entry.Machine}) to {Path.Combine(store, entry.Machine.FileName)}"
                : $"history: run {entry.Id} is already in {store}; nothing added");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateReport(HarnessConsole console)
    {
        var history = HistoryOption();
        var output = new Option<string>("--out")
        {
            Description = "The folder to write history.md, history.html and the charts to.",
            DefaultValueFactory = _ => Path.Combine(HarnessPaths.DefaultResultsRoot(), "history"),
        };
        var filter = new Option<string>("--filter") { Description = "Only benchmarks whose full name matches this glob.", DefaultValueFactory = _ => "*" };
        var since = new Option<string?>("--since") { Description = "Only runs of commits made on or after this date (yyyy-MM-dd)." };
        var failOnStep = CliParsers.Threshold("--fail-on-step", "Exit 1 when a recent step up is at least this large (a percentage).", Percent(HistoryOptions.DefaultFailOnStep), relativeOnly: true);
        var minimumStep = CliParsers.Threshold("--min-step", "List steps at least this large (a percentage).", Percent(HistoryOptions.DefaultMinimumStep), relativeOnly: true);
        var alertRuns = new Option<int>("--alert-runs")
        {
            Description = "Ignored since 0.3: an open step up alerts until its benchmark recovers or 'history ack' accepts it (accepted until 0.4).",
            DefaultValueFactory = _ => HistoryOptions.DefaultAlertRuns,
        };
        alertRuns.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--alert-runs must be at least 1.");
            }
        });
        var summary = CommonOptions.Summary();
        var alpha = Compare.CompareCommand.AlphaOption("The family-wise significance level of the steps: Holm's correction over every split tested on a machine keeps the chance of any false step below it.");

        var command = new Command("report", "Write history.md and history.html: trends per benchmark and machine, and the steps found.")
        {
            history, output, filter, since, failOnStep, minimumStep, alertRuns, alpha, summary,
        };
        command.SetAction(parseResult =>
        {
            var options = new HistoryOptions(
                parseResult.GetValue(filter)!,
                ParseSince(parseResult.GetValue(since)),
                parseResult.GetValue(minimumStep)!.Value,
                parseResult.GetValue(failOnStep)!.Value,
                parseResult.GetValue(alertRuns),
                parseResult.GetValue(alpha));
            string store = parseResult.GetValue(history)!;
            string? summaryFile = StepSummary.Target(parseResult.GetValue(summary));
            StepSummary.Check(summaryFile);
            HistoryContents contents = HistoryStore.Read(store);
            options = options with { Acknowledgements = HistoryAcknowledgement.Read(store) };
            foreach (HistoryProblem problem in contents.Problems)
            {
                console.Error.WriteLine($"history: {problem}");
            }

            if (contents.Runs.Count == 0)
            {
                throw new UsageException($"history report: no run in '{store}'; add one with 'history add RUN_FOLDER'");
            }

            HistoryAnalysis analysis = HistoryAnalysis.Analyse(contents.Runs, options);
            string folder = parseResult.GetValue(output)!;
            AtomicFolder.Write(folder, staging => HistoryReport.Write(analysis, contents.Problems, staging));
            int steps = analysis.Machines.Sum(machine => machine.Series.Sum(series => series.ReportedSteps.Count()));
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"history: {contents.Runs.Count} runs, {analysis.Machines.Count} machine(s), {steps} step(s); report in {Path.Combine(folder, "history.md")}"));
            foreach (HistoryStep alert in analysis.Alerts)
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"history: ALERT {ComparisonReport.DisplayName(alert.Key)} is {(alert.Ratio - 1) * 100:0.0}% slower from {alert.Run.ShortCommit} and has not recovered ({alert.AfterRuns} runs since, p = {alert.AdjustedPValue:0.####}); fix it, or accept it with 'history ack {alert.Run.ShortCommit} \"{alert.Key}\"'"));
            }

            StepSummary.Append(summaryFile, CheckSummaries.History(analysis, contents.Runs.Count, Path.Combine(Path.GetFullPath(folder), "history.md")));
            return analysis.Alerts.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateAck(HarnessConsole console)
    {
        var commit = new Argument<string>("COMMIT") { Description = "The commit the step starts at, as the report names it (7 or more hex digits)." };
        var glob = new Argument<string>("GLOB") { Description = "The benchmarks it covers, a glob over full keys, such as '*OverheadBenchmarks.ParallelFor*'." };
        var history = HistoryOption();
        var reason = new Option<string>("--reason") { Description = "Why it is accepted, for whoever reads the history next.", DefaultValueFactory = _ => "" };
        var command = new Command("ack", "Accept an open regression: its steps up stop failing 'history report' (recorded in the history folder).") { commit, glob, history, reason };
        command.SetAction(parseResult =>
        {
            string sha = parseResult.GetValue(commit)!.Trim();
            if (sha.Length < 7 || !sha.All(char.IsAsciiHexDigit))
            {
                throw new UsageException($"history ack: COMMIT '{sha}' is not 7 or more hex digits of a commit");
            }

            string store = parseResult.GetValue(history)!;
            if (!Directory.Exists(store))
            {
                throw new UsageException($"history ack: no history at '{store}'");
            }

            var acknowledgement = new HistoryAcknowledgement(sha.ToLowerInvariant(), parseResult.GetValue(glob)!, parseResult.GetValue(reason)!, DateTimeOffset.UtcNow);
            HistoryAcknowledgement.Append(store, acknowledgement);
            console.Output.WriteLine($"history: acknowledged steps from {acknowledgement.Commit} of '{acknowledgement.Glob}' in {Path.Combine(store, HistoryAcknowledgement.FileName)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static (string Sha, DateTimeOffset? Date) ResolveCommit(string revision)
    {
        string repository = HarnessPaths.RepositoryRoot();
        string? sha = Git.ResolveCommit(repository, revision);
        if (sha is { Length: > 0 })
        {
            string? date = Git.CommitDate(repository, sha);
            return (sha, DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset parsed) ? parsed.ToUniversalTime() : null);
        }

        // Outside a checkout (a CI artifact), a full SHA is taken as given; the history is then in the order runs were made.
        return revision.Length == 40 && revision.All(char.IsAsciiHexDigit)
            ? (revision.ToLowerInvariant(), null)
            : throw new UsageException($"history add: --commit '{revision}' is not a revision of {repository}; pass a full 40-character SHA");
    }

    private static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100}%");

    private static DateTimeOffset? ParseSince(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset since)
            ? since
            : throw new UsageException($"history report: --since '{text}' is not a date such as 2026-11-27");
    }
}
