namespace RowBench.Reports;

/// <summary>One side of an explained benchmark in <c>explain.json</c>: what its traced windows ran and its trace file.</summary>
/// <param name="Operations">Operations in the traced windows.</param>
/// <param name="Milliseconds">The traced windows' wall time.</param>
/// <param name="SampleIntervalMilliseconds">The sampler's measured period.</param>
/// <param name="Samples">Samples of the benchmarked code, all threads.</param>
/// <param name="QueueLength">The thread pool's mean queue length over the windows.</param>
/// <param name="Trace">The speedscope file, relative to the report.</param>
public sealed record ExplainDocumentSide(long Operations, double Milliseconds, double SampleIntervalMilliseconds, int Samples, double QueueLength, string Trace);
