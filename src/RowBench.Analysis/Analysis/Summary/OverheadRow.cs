namespace RowBench.Analysis.Summary;

/// <summary>A strategy on a near-free transform: what one chunk (one task) costs it.</summary>
/// <param name="ChunkOfOneNanoseconds">A run with one chunk per row.</param>
/// <param name="DefaultNanoseconds">A run with the strategy's default partitioning, when measured.</param>
/// <param name="SequentialNanoseconds">The plain loop over the same rows: what is left when chunks cost nothing.</param>
public sealed record OverheadRow(
    string Job,
    string Strategy,
    int Degree,
    int Rows,
    double ChunkOfOneNanoseconds,
    double? DefaultNanoseconds,
    double SequentialNanoseconds)
{
    /// <summary>Wall-clock time per chunk beyond the loop itself, in microseconds: (one-row chunks − loop) ÷ rows.</summary>
    public double MicrosecondsPerChunk => Math.Max(0, ChunkOfOneNanoseconds - SequentialNanoseconds) / Rows / 1_000;
}
