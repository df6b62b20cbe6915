namespace RowBench.Analysis.Explain;

/// <summary>One method's time per operation and share of samples, base and new.</summary>
public sealed record MethodDelta(string Method, double BaseMillisecondsPerOperation, double NewMillisecondsPerOperation, double BaseShare, double NewShare)
{
    /// <summary>New minus base, in milliseconds per operation.</summary>
    public double Delta => NewMillisecondsPerOperation - BaseMillisecondsPerOperation;

    /// <summary>New minus base share, in percentage points.</summary>
    public double ShareDelta => NewShare - BaseShare;
}
