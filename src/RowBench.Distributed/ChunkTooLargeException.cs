namespace RowBench.Distributed;

/// <summary>A chunk's rows would not fit in one Orleans message; the message says which chunk size would (exit 2).</summary>
public sealed class ChunkTooLargeException : Exception
{
    public ChunkTooLargeException()
    {
    }

    public ChunkTooLargeException(string message)
        : base(message)
    {
    }

    public ChunkTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
