using RowBench.Analysis.Explain;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>What <c>ab --explain</c> found, and where its traces are until the report takes them.</summary>
/// <param name="Benchmarks">The explained benchmarks, in the order they were picked.</param>
/// <param name="Skipped">Why nothing was explained, when nothing was.</param>
/// <param name="TraceFolder">The scratch folder holding the speedscope files named by <paramref name="Benchmarks"/>.</param>
/// <param name="Seconds">The explaining launch's wall time.</param>
internal sealed record AbExplanation(IReadOnlyList<BenchmarkExplanation> Benchmarks, string? Skipped, string? TraceFolder, double Seconds)
{
    /// <summary>The folder under the report that holds the traces.</summary>
    public const string TracesFolder = "traces";

    /// <summary>Nothing explained, for <paramref name="reason"/>.</summary>
    public static AbExplanation None(string reason) => new([], reason, null, 0);
}
