namespace RowBench.IO;

/// <summary>An output file could not be written (no such directory, no permission, a full disk). Nothing was left under its name.</summary>
public sealed class OutputWriteException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>, with the I/O error as the inner exception.</summary>
    public OutputWriteException(string path, Exception innerException)
        : base($"cannot write '{path}': {innerException?.Message}", innerException)
    {
        Path = path;
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public OutputWriteException()
        : base("cannot write the output")
    {
        Path = "(unknown)";
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public OutputWriteException(string message)
        : base(message)
    {
        Path = "(unknown)";
    }

    /// <summary>The output file, as the caller named it.</summary>
    public string Path { get; }
}
