namespace RowBench.Tuning;

/// <summary>What <see cref="ChunkSizeAdvisor"/> advises, and why, in one line for standard error.</summary>
/// <param name="ChunkSize">The chunk size to use; 0 is the strategy's own partitioning.</param>
/// <param name="Entry">The tuning entry it came from, or null when none fits.</param>
/// <param name="Explanation">Which entry was used and how it was scaled, or why none fits.</param>
public sealed record ChunkSizeAdvice(int ChunkSize, TuningEntry? Entry, string Explanation);
