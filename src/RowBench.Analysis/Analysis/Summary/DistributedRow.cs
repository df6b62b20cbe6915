namespace RowBench.Analysis.Summary;

/// <summary>The distributed strategy on one configuration, beside parallel-for in one process at the same chunk size and degree.</summary>
/// <param name="DataPath">rows (shipped in each call) or file (each worker reads its slice).</param>
/// <param name="ParallelForNanoseconds">parallel-for on the same rows, chunk size and degree, when measured.</param>
public sealed record DistributedRow(
    string Job,
    string Transform,
    int Rows,
    int Degree,
    int Workers,
    int ChunkSize,
    string DataPath,
    double DistributedNanoseconds,
    double? ParallelForNanoseconds)
{
    /// <summary>The calls a run makes: one per chunk.</summary>
    public int Chunks => ChunkSize > 0 ? (Rows + ChunkSize - 1) / ChunkSize : 0;

    /// <summary>How much longer than parallel-for the run takes: distributed ÷ parallel-for (1 is as fast).</summary>
    public double? RelativeToParallelFor => ParallelForNanoseconds is > 0 and var parallelFor ? DistributedNanoseconds / parallelFor : null;

    /// <summary>Wall-clock time per call beyond parallel-for's: (distributed − parallel-for) ÷ chunks, in microseconds.</summary>
    public double? ExtraMicrosecondsPerChunk => ParallelForNanoseconds is { } parallelFor && Chunks > 0
        ? Math.Max(0, DistributedNanoseconds - parallelFor) / Chunks / 1_000
        : null;
}
