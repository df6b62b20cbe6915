namespace RowBench.Strategies;

/// <summary>How a strategy splits the rows and how many threads it may use. Invalid values are rejected on set.</summary>
public sealed record StrategyOptions
{
    /// <summary>The largest degree of parallelism: PLINQ's own limit, which every strategy shares.</summary>
    public const int MaxDegreeOfParallelism = 512;

    /// <summary>
    /// Rows per chunk (per task). The default is 0: the strategy's own partitioning, which
    /// <see cref="IExecutionStrategy.DefaultPartitioning"/> describes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0.</exception>
    public int ChunkSize
    {
        get;
        init => field = CheckChunkSize(value) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(ChunkSize), value, problem)
            : value;
    }

    /// <summary>The most chunks run at once. The default is <see cref="Environment.ProcessorCount"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 512.</exception>
    public int DegreeOfParallelism
    {
        get;
        init => field = CheckDegreeOfParallelism(value) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(DegreeOfParallelism), value, problem)
            : value;
    } = Environment.ProcessorCount;

    /// <summary>Why <paramref name="value"/> is not a valid chunk size, in one line; null when it is valid.</summary>
    public static string? CheckChunkSize(int value) => value >= 0
        ? null
        : $"Chunk size must be 0 (the strategy's default) or a positive number of rows; got {value}.";

    /// <summary>Why <paramref name="value"/> is not a valid degree of parallelism, in one line; null when it is valid.</summary>
    public static string? CheckDegreeOfParallelism(int value) => value is >= 1 and <= MaxDegreeOfParallelism
        ? null
        : $"Degree of parallelism must be from 1 to {MaxDegreeOfParallelism}; got {value}.";

    /// <summary>The chunk size to use for <paramref name="rowCount"/> rows: <see cref="ChunkSize"/>, or
    /// <paramref name="defaultChunkSize"/> when it is 0, never more than the rows (and at least 1).</summary>
    internal int ChunkSizeFor(int rowCount, int defaultChunkSize) =>
        Math.Max(1, Math.Min(ChunkSize > 0 ? ChunkSize : defaultChunkSize, rowCount));
}
