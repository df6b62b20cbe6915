using RowBench.Analysis.Comparison;
using RowBench.Analysis.Explain;
using RowBench.Harness.Cli.Ab.Explain;
using RowBench.Harness.Cli.Run;
using RowBench.Reports;
using RowBench.Reports.Document;

namespace RowBench.Harness.Cli.Compare;

/// <summary>
/// <c>compare</c>'s explanation: when both runs were made with <c>run --trace</c>, the slower benchmarks (most slowed
/// first, up to <see cref="AbExplainer.DefaultMaximum"/>) get the methods whose time per operation grew most, from the
/// two runs' own traces, and both traces beside the report. No counters: those need ab's paired launches.
/// </summary>
internal static class CompareExplainer
{
    private const string Intro =
        "Methods: each run's cases traced after its suite (run --trace), four half-second windows under EventPipe's CPU sampler (thread time of the threads in the benchmarked code), "
        + "time per operation per method; the two traces were taken in two runs, so a method's change includes whatever else changed between them (machine, load) — ab --explain traces both sides in one process, and adds the runtime's counters. "
        + "Traces open in https://www.speedscope.app (drag the file in); nothing is uploaded.";

    /// <summary>What the report adds, and the traces to copy beside it (source, name under the report); null when neither run holds traces.</summary>
    /// <param name="besideReport">The traces are copied beside a report (--out): links are relative; else they name the runs' own files.</param>
    public static (IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<(string Source, string Target)> Traces)? Explain(string baseRun, string newRun, RunComparison comparison, bool besideReport)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        IReadOnlyDictionary<string, TracedCase>? before = RunTraces.Read(baseRun);
        IReadOnlyDictionary<string, TracedCase>? after = RunTraces.Read(newRun);
        if (before is null && after is null)
        {
            return null;
        }

        if (before is null || after is null)
        {
            return (ExplainReport.Blocks([], $"Not explained: only the {(before is null ? "new" : "base")} run holds traces; run both with --trace."), []);
        }

        List<BenchmarkComparison> picked = [.. AbExplainer.Pick(comparison, ExplainMode.WhenSlower, int.MaxValue)
            .Where(benchmark => before.ContainsKey(benchmark.Key) && after.ContainsKey(benchmark.Key)).Take(AbExplainer.DefaultMaximum)];
        var traces = new List<(string Source, string Target)>();
        var explanations = new List<BenchmarkExplanation>();
        foreach (BenchmarkComparison benchmark in picked)
        {
            string stem = $"{AbExplanation.TracesFolder}/{explanations.Count + 1:00}";
            TracedCase baseCase = before[benchmark.Key], newCase = after[benchmark.Key];
            traces.Add((Path.Combine(baseRun, RunTraces.Folder, baseCase.Trace), stem + "-base.speedscope.json"));
            traces.Add((Path.Combine(newRun, RunTraces.Folder, newCase.Trace), stem + "-new.speedscope.json"));
            explanations.Add(new BenchmarkExplanation(
                benchmark.Key, benchmark.Verdict, benchmark.Ratio, [], baseCase.Profile, newCase.Profile, baseCase.QueueLength, newCase.QueueLength,
                besideReport ? traces[^2].Target : Path.GetFullPath(traces[^2].Source), besideReport ? traces[^1].Target : Path.GetFullPath(traces[^1].Source), benchmark.BaseMedianNanoseconds / 1e6));
        }

        return (ExplainReport.Blocks(explanations, picked.Count == 0 ? "No traced benchmark is slower: nothing to explain." : null, Intro), traces);
    }

    /// <summary>Copies the traces into the report's (staging) folder.</summary>
    public static void CopyTraces(IReadOnlyList<(string Source, string Target)> traces, string folder)
    {
        ArgumentNullException.ThrowIfNull(traces);
        foreach ((string source, string target) in traces)
        {
            string destination = Path.Combine(folder, target);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination, overwrite: true);
        }
    }
}
