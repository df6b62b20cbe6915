namespace RowBench.Distributed.Grains;

/// <summary>
/// What a worker returns for a chunk: a feature per row, or the chunk's failure as data (a bad cell or a transform
/// that threw), so that a failure of the data is told apart from a failure of the cluster, which is retried.
/// </summary>
[GenerateSerializer]
public sealed class ChunkResult
{
    /// <summary>One feature per row of the chunk; empty when <see cref="Failure"/> is set.</summary>
    [Id(0)]
    public double[] Features { get; init; } = [];

    /// <summary>What failed, in one line, without the file and position; null on success.</summary>
    [Id(1)]
    public string? Failure { get; init; }

    /// <summary>What kind of failure: a bad cell or row of the file, or a transform that threw.</summary>
    [Id(2)]
    public ChunkFailureKind FailureKind { get; init; }

    /// <summary>For a transform that threw, the row within the chunk.</summary>
    [Id(3)]
    public long FailedRow { get; init; }

    /// <summary>For a transform that threw, the exception's type name.</summary>
    [Id(4)]
    public string? ExceptionType { get; init; }

    /// <summary>For a bad cell, its 1-based line in the file; 0 when the problem is the slice as a whole.</summary>
    [Id(6)]
    public long FailedLine { get; init; }

    /// <summary>For a bad cell, its 1-based column.</summary>
    [Id(7)]
    public int FailedColumn { get; init; }

    /// <summary>The process id of the worker that computed the chunk.</summary>
    [Id(5)]
    public int WorkerProcessId { get; init; }
}
