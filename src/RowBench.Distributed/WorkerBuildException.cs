namespace RowBench.Distributed;

/// <summary>A worker refused a chunk because it runs another build of RowBench or of the transform (exit 1, as any other cluster that cannot serve the run: start the workers from the caller's build).</summary>
public sealed class WorkerBuildException : Exception
{
    public WorkerBuildException()
    {
    }

    public WorkerBuildException(string message)
        : base(message)
    {
    }

    public WorkerBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
