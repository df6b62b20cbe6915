using RowBench.Analysis.Explain;

namespace RowBench.Reports;

/// <summary>One explained benchmark in <c>explain.json</c>.</summary>
/// <param name="Verdict">slower, faster, same or unknown.</param>
/// <param name="Dilation">The sampler's cost: the base side's traced time per operation ÷ its untraced time.</param>
/// <param name="Inclusive">The benchmarked code's methods whose inclusive time per operation grew most (top 10).</param>
/// <param name="Exclusive">The methods, framework included, whose exclusive time per operation grew most (top 10).</param>
public sealed record ExplainDocumentBenchmark(
    string Key, string Verdict, double Ratio, IReadOnlyList<CounterDelta> Counters, ExplainDocumentSide Base, ExplainDocumentSide New, double? Dilation,
    IReadOnlyList<MethodDelta> Inclusive, IReadOnlyList<MethodDelta> Exclusive);
