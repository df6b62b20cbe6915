namespace RowBench.History;

/// <summary>The runs of one machine, oldest first, and each benchmark's series over them. Machines never share a series.</summary>
public sealed record MachineHistory(HistoryMachine Machine, IReadOnlyList<HistoryRun> Runs, IReadOnlyList<HistorySeries> Series);
