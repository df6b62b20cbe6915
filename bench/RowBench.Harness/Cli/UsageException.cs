namespace RowBench.Harness.Cli;

/// <summary>The command line asks for something that cannot be done; the message is one line for the user.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
