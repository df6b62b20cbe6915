namespace RowBench.Strategies;

/// <summary>The transform threw on a row: names the strategy and the 0-based row, with the original as the inner exception.</summary>
public sealed class RowTransformException : Exception
{
    /// <summary>Creates the exception for row <paramref name="row"/> under <paramref name="strategy"/>.</summary>
    public RowTransformException(string strategy, long row, Exception innerException)
        : base($"The transform failed on row {row} under the '{strategy}' strategy: {innerException?.Message}", innerException)
    {
        Strategy = strategy;
        Row = row;
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public RowTransformException()
        : this("(unknown)", -1, new InvalidOperationException("The transform failed."))
    {
    }

    /// <summary>Creates an exception with a message of its own.</summary>
    public RowTransformException(string message)
        : base(message)
    {
        Strategy = "(unknown)";
        Row = -1;
    }

    /// <summary>Creates an exception with a message of its own and its cause.</summary>
    public RowTransformException(string message, Exception innerException)
        : base(message, innerException)
    {
        Strategy = "(unknown)";
        Row = -1;
    }

    /// <summary>The strategy that was running.</summary>
    public string Strategy { get; }

    /// <summary>The 0-based row the transform threw on.</summary>
    public long Row { get; }
}
