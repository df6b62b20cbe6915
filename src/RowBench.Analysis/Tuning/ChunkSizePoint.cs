namespace RowBench.Tuning;

/// <summary>One measured chunk size of a sweep: its mean time and the per-iteration samples.</summary>
public sealed record ChunkSizePoint(int ChunkSize, double MeanNanoseconds, IReadOnlyList<double> Samples);
