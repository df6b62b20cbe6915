namespace RowBench.History;

/// <summary>One run's figure in a benchmark's series: where it sits among its machine's runs, the run, and the figure.</summary>
public sealed record HistoryPoint(int RunIndex, HistoryRun Run, HistoryBenchmark Benchmark);
