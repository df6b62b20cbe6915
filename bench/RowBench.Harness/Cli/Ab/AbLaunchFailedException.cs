namespace RowBench.Harness.Cli.Ab;

/// <summary>A launch of one side failed (a benchmark threw, or the process died): ab exits 1 with this one line.</summary>
internal sealed class AbLaunchFailedException : Exception
{
    public AbLaunchFailedException(string message)
        : base(message)
    {
    }

    public AbLaunchFailedException()
    {
    }

    public AbLaunchFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
