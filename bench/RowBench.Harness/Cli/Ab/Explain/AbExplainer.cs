using System.Diagnostics;
using System.Globalization;
using RowBench.Analysis.Comparison;
using RowBench.Analysis.Explain;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>
/// <c>ab --explain</c>, after the verdicts: picks the benchmarks to explain (the slower ones, most slowed first, up to
/// <c>--explain-max</c>), reads their runtime counters from the verdict's paired launches, and runs one explaining launch
/// (<see cref="AbExplainCommand"/>) that traces both sides of each.
/// </summary>
internal static class AbExplainer
{
    /// <summary>The benchmarks explained by default at most.</summary>
    public const int DefaultMaximum = 5;

    public static AbExplanation Explain(
        AbOptions options, AbSide baseSide, AbSide newSide, IReadOnlyList<PairedLaunch.LaunchResult> launches, RunComparison comparison, HarnessConsole console, string scratch)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(console);
        List<BenchmarkComparison> picked = Pick(comparison, options.Explain, options.ExplainMaximum);
        if (picked.Count == 0)
        {
            return AbExplanation.None(options.Explain == ExplainMode.Never
                ? "Not explained (--no-explain)."
                : "No benchmark is slower: nothing to explain (--explain explains the benchmarks of the largest ratio all the same).");
        }

        string folder = Path.Combine(scratch, "explain");
        string log = Path.Combine(scratch, "explain.log");
        console.Error.WriteLine($"ab: explaining {picked.Count} benchmark{(picked.Count == 1 ? "" : "s")} ({(picked[0].Verdict == Verdict.Slower ? "slower first" : "--explain: none slower, largest ratio first")}): both sides traced in one more launch...");
        var clock = Stopwatch.StartNew();
        List<string> arguments = [AbExplainCommand.Name, "--base-harness", baseSide.Harness, "--new-harness", newSide.Harness, "--filter", options.Filter, "--out", folder];
        if (options.Quick)
        {
            arguments.AddRange(["--rows", HarnessLaunch.QuickRows.ToString(CultureInfo.InvariantCulture), "--degrees", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)]);
        }

        foreach (BenchmarkComparison benchmark in picked)
        {
            arguments.AddRange(["--key", benchmark.Key]);
        }

        int exitCode = ChildProcess.Run(HarnessLaunch.Host, HarnessLaunch.Arguments(HarnessLaunch.Self, arguments), newSide.Checkout, log, AbPairedRunner.Environment(options.GcDefaults));
        double seconds = clock.Elapsed.TotalSeconds;
        string result = Path.Combine(folder, AbExplainCommand.ResultFile);
        if (exitCode != 0 || !File.Exists(result))
        {
            // The verdicts stand without their explanation: a failed trace must not turn a gate's answer into an error.
            string reason = $"Explaining failed (exit {exitCode}); the verdicts above stand. The explaining launch's log: {log}";
            console.Error.WriteLine("ab: " + reason);
            return new AbExplanation([], reason, null, seconds);
        }

        var traced = ExplainLaunch.Read(result).ToDictionary(each => each.Key, StringComparer.Ordinal);
        List<BenchmarkExplanation> explained = [.. picked.Where(benchmark => traced.ContainsKey(benchmark.Key)).Select(benchmark =>
        {
            ExplainLaunch.Explained trace = traced[benchmark.Key];
            return new BenchmarkExplanation(
                benchmark.Key, benchmark.Verdict, benchmark.Ratio, Counters(launches, benchmark.Key), trace.Base, trace.New, trace.BaseQueueLength, trace.NewQueueLength,
                $"{AbExplanation.TracesFolder}/{trace.BaseTrace}", $"{AbExplanation.TracesFolder}/{trace.NewTrace}", benchmark.BaseMedianNanoseconds / 1e6);
        })];
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ab: explained in {seconds:F1} s"));
        return new AbExplanation(explained, null, folder, seconds);
    }

    /// <summary>The slower benchmarks, most slowed first; with <see cref="ExplainMode.Always"/>, then the largest ratios.</summary>
    public static List<BenchmarkComparison> Pick(RunComparison comparison, ExplainMode mode, int maximum)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (mode == ExplainMode.Never)
        {
            return [];
        }

        IEnumerable<BenchmarkComparison> byRatio = comparison.Compared.OrderByDescending(benchmark => benchmark.Ratio).ThenBy(benchmark => benchmark.Key, StringComparer.Ordinal);
        List<BenchmarkComparison> slower = [.. byRatio.Where(benchmark => benchmark.Verdict == Verdict.Slower).Take(maximum)];
        return mode == ExplainMode.Always ? [.. slower.Concat(byRatio.Where(benchmark => benchmark.Verdict != Verdict.Slower)).Take(maximum)] : slower;
    }

    /// <summary>Each counter of <paramref name="key"/> over the launches that read it (launches of older harnesses did not).</summary>
    public static IReadOnlyList<CounterDelta> Counters(IReadOnlyList<PairedLaunch.LaunchResult> launches, string key)
    {
        ArgumentNullException.ThrowIfNull(launches);
        List<PairedLaunch.CaseResult> cases = [.. launches.SelectMany(launch => launch.Cases).Where(each => each.Key == key && each.BaseCounters is not null && each.NewCounters is not null)];
        return [.. RuntimeCounters.Names.Select(name => CounterComparison.Compare(
            name,
            [.. cases.Select(each => each.BaseCounters!.GetValueOrDefault(name))],
            [.. cases.Select(each => each.NewCounters!.GetValueOrDefault(name))]))];
    }
}
