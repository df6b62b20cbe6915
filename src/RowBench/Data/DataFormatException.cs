namespace RowBench.Data;

/// <summary>
/// Input that is not what the project reads: a missing or empty file, or a cell that is not an integer. The message
/// is one line, <c>file:line:column: what was expected</c>, fit to show a user as it is.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates an exception about the file as a whole, such as a missing file.</summary>
    public DataFormatException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Creates an exception about one cell: 1-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    public DataFormatException(string path, long line, int column, string problem)
        : base($"{path}:{line}:{column}: {problem}")
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public DataFormatException()
        : this("(unknown)", "the input is not valid")
    {
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public DataFormatException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>Creates an exception with a message of its own and its cause.</summary>
    public DataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "(unknown)";
        Problem = message;
    }

    /// <summary>The file, as the user named it.</summary>
    public string Path { get; }

    /// <summary>The 1-based line, or null when the problem is the file as a whole.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column (cell), or null when the problem is the file as a whole.</summary>
    public int? Column { get; }

    /// <summary>What was expected and what was found, without the position.</summary>
    public string Problem { get; }
}
