using System.Globalization;
using RowBench.Analysis.Comparison;
using RowBench.Analysis.Explain;
using RowBench.Reports.Document;

namespace RowBench.Reports;

/// <summary>
/// The "where the time went" section of an ab report (<c>--explain</c>): per explained benchmark, the runtime counters
/// that changed over the verdict's launches, the methods whose time per operation grew most in both sides' traces, and
/// links to the two speedscope files.
/// </summary>
public static class ExplainReport
{
    /// <summary>The section's heading.</summary>
    public const string Heading = "Where the time went (--explain)";

    /// <summary>The section for <paramref name="explanations"/>, or, when there are none, one line saying why.</summary>
    /// <param name="intro">How the figures were made, when not ab's (compare's, from two runs' traces).</param>
    public static IReadOnlyList<ReportBlock> Blocks(IReadOnlyList<BenchmarkExplanation> explanations, string? skipped = null, string? intro = null)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        List<ReportBlock> blocks = [new HeadingBlock(2, Heading)];
        if (explanations.Count == 0)
        {
            blocks.Add(new ParagraphBlock(skipped ?? "Nothing explained."));
            return blocks;
        }

        blocks.Add(new ParagraphBlock(
            intro ?? "Counters: the runtime's own, read around every timed round of the verdict's paired launches (per operation, median over launches); "
            + "one stands out when every launch moved it the same way, by more than its floor and three times the base side's launch-to-launch spread. "
            + "Methods: each benchmark run again on both sides in one process, four half-second windows a side under EventPipe's CPU sampler (thread time of the threads in the benchmarked code); "
            + "time per operation rather than share of samples, since a strategy that computes more rows spends the same share in the transform. "
            + "Traces open in https://www.speedscope.app (drag the file in); nothing is uploaded.",
            IsNote: true));
        blocks.Add(new ListBlock([.. explanations.Select(Headline)]));
        foreach (BenchmarkExplanation explanation in explanations)
        {
            blocks.AddRange(Details(explanation));
        }

        return blocks;
    }

    /// <summary>One line per benchmark: what its report names first.</summary>
    public static string Headline(BenchmarkExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        string counters = explanation.Counters.Count == 0 ? "not read (ab only)"
            : explanation.StandingOut.Any()
            ? string.Join(", ", explanation.StandingOut.Select(counter => $"{counter.Name} {Change(counter)}"))
            : "none";
        IReadOnlyList<MethodDelta> inclusives = explanation.Inclusive, exclusives = explanation.Exclusive;
        MethodDelta? inclusive = ProfileComparison.NearestCause(inclusives, explanation.Base, explanation.New);
        MethodDelta? exclusive = exclusives.Count > 0 ? exclusives[0] : null;
        return $"{ComparisonReport.DisplayName(explanation.Key)} ({Describe(explanation.Verdict, explanation.Ratio)}): counters standing out: {counters}; "
            + $"grown most, your code (deepest carrying half the growth): {(inclusive is null ? "none" : $"{inclusive.Method}{Presence(inclusive)} {Milliseconds(inclusive.Delta, signed: true)}/op")}; "
            + $"self time: {(exclusive is null ? "none" : $"{exclusive.Method} {Milliseconds(exclusive.Delta, signed: true)}/op")}";
    }

    private static IEnumerable<ReportBlock> Details(BenchmarkExplanation explanation)
    {
        yield return new HeadingBlock(3, $"{ComparisonReport.DisplayName(explanation.Key)} — {Describe(explanation.Verdict, explanation.Ratio)}");
        yield return new ParagraphBlock(string.Create(
            CultureInfo.InvariantCulture,
            $"Traced: base {explanation.Base.Operations} operations in {explanation.Base.Milliseconds / 1000:F1} s, new {explanation.New.Operations} in {explanation.New.Milliseconds / 1000:F1} s; a sample every {explanation.Base.SampleIntervalMilliseconds:F1} ms; "
            + $"{(explanation.Dilation is { } dilation ? $"the sampler made the base side {dilation:F1}× slower than untraced, both sides alike; " : "")}"
            + $"thread-pool queue length (mean, read every 5 ms) {explanation.BaseQueueLength:F2} → {explanation.NewQueueLength:F2}."),
            IsNote: true);
        if (explanation.Counters.Count == 0)
        {
            yield return new ParagraphBlock("Counters: none here (they are read in ab's paired launches).", IsNote: true);
        }
        else
        {
            yield return CounterTable(explanation);
        }

        yield return new ParagraphBlock("Inclusive time of the benchmarked code's methods, most grown first:");
        yield return MethodTable(explanation.Inclusive);
        yield return new ParagraphBlock("Exclusive (self) time, framework included, most grown first:");
        yield return MethodTable(explanation.Exclusive);
        yield return new LinksBlock([new ReportLink("base side's trace (speedscope)", explanation.BaseTrace), new ReportLink("new side's trace (speedscope)", explanation.NewTrace)]);
    }

    private static TableBlock CounterTable(BenchmarkExplanation explanation) =>
        new(
            ["Counter (per operation)", ">Base", ">New", ">Change", ">Launches up / down", "Stands out"],
            [.. explanation.Counters.Select(counter => new TableRow(
                [counter.Name, Value(counter.Name, counter.BaseMedian), Value(counter.Name, counter.NewMedian), Change(counter), $"{counter.LaunchesUp} / {counter.LaunchesDown} of {counter.Launches}", counter.StandsOut ? "yes" : ""],
                counter.StandsOut ? RowMark.Bad : RowMark.None))]);

    private static TableBlock MethodTable(IReadOnlyList<MethodDelta> deltas) => new(
        ["Method", ">Base ms/op", ">New ms/op", ">Δ ms/op", ">Base share", ">New share"],
        [.. deltas.Select(delta => new TableRow(
            [delta.Method + Presence(delta), Milliseconds(delta.BaseMillisecondsPerOperation), Milliseconds(delta.NewMillisecondsPerOperation), Milliseconds(delta.Delta, signed: true),
             Share(delta.BaseShare), Share(delta.NewShare)]))]);

    // A frame on one side only is new code, or code the JIT inlined on one side and not the other: its inclusive time
    // then holds its callees' too, which were there before under another frame.
    private static string Presence(MethodDelta delta) =>
        delta.BaseMillisecondsPerOperation == 0 ? " (new side only: new code, or inlined in base)" : "";

    private static string Describe(Verdict verdict, double ratio) =>
        $"{verdict.ToString().ToLowerInvariant()}, {Units.Ratio(ratio)}";

    private static string Change(CounterDelta counter) =>
        counter.Ratio is { } ratio ? Units.Ratio(ratio) : counter.Delta == 0 ? "none" : $"{(counter.Delta > 0 ? "+" : "")}{Units.Significant(counter.Delta)} from 0";

    private static string Value(string counter, double value) => counter switch
    {
        "allocatedBytes" => Units.Bytes(value),
        "gcPauseMilliseconds" => Milliseconds(value),
        _ => Units.Significant(value),
    };

    private static string Milliseconds(double value, bool signed = false) =>
        string.Create(CultureInfo.InvariantCulture, $"{(signed && value > 0 ? "+" : "")}{value:0.###} ms");

    private static string Share(double percent) => string.Create(CultureInfo.InvariantCulture, $"{percent:F1}%");
}
