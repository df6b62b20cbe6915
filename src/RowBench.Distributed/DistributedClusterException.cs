namespace RowBench.Distributed;

/// <summary>The cluster failed: a worker did not start, or every worker stopped before the run was done (exit 1).</summary>
public sealed class DistributedClusterException : Exception
{
    public DistributedClusterException()
    {
    }

    public DistributedClusterException(string message)
        : base(message)
    {
    }

    public DistributedClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
