namespace RowBench.Analysis.Explain;

/// <summary>One method's samples on one side of an explained benchmark.</summary>
/// <param name="Inclusive">Samples with the method anywhere on the stack (counted once per sample).</param>
/// <param name="Exclusive">Samples with the method on top (the first frame with a managed name).</param>
/// <param name="IsOwnCode">The method is the benchmarked code's (not the framework's): inclusive rankings list only these.</param>
/// <param name="MeanDepth">Its mean distance from the stack's root over the samples it is in (0: the thread's first frame).</param>
/// <param name="Callees">The methods of the benchmarked code seen below it on a stack (for the benchmarked code's own methods only).</param>
public sealed record MethodSamples(int Inclusive, int Exclusive, bool IsOwnCode, double MeanDepth = 0, IReadOnlyList<string>? Callees = null);
