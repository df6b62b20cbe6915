namespace RowBench.Analysis.Explain;

/// <summary>One method's time per operation and share of samples, base and new.</summary>
/// <param name="Depth">Its mean distance from the stack's root, both sides' samples together: the larger, the nearer the leaves.</param>
public sealed record MethodDelta(string Method, double BaseMillisecondsPerOperation, double NewMillisecondsPerOperation, double BaseShare, double NewShare, double Depth = 0)
{
    /// <summary>New minus base, in milliseconds per operation.</summary>
    public double Delta => NewMillisecondsPerOperation - BaseMillisecondsPerOperation;

    /// <summary>New minus base share, in percentage points.</summary>
    public double ShareDelta => NewShare - BaseShare;
}
