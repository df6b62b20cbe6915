namespace RowBench.IO;

/// <summary>A file or folder that cannot be read as what it should be (a tuning file here; results and histories in the tool): missing, empty or malformed. One line, naming the path.</summary>
public sealed class ResultFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public ResultFormatException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public ResultFormatException()
        : this("(unknown)", "not a benchmark result")
    {
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public ResultFormatException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>Creates an exception with a message of its own and its cause.</summary>
    public ResultFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "(unknown)";
    }

    /// <summary>The folder or file, as the user named it.</summary>
    public string Path { get; }
}
