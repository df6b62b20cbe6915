namespace RowBench.History;

/// <summary>What a history folder holds: its runs, oldest first, and the lines that were not runs.</summary>
public sealed record HistoryContents(IReadOnlyList<HistoryRun> Runs, IReadOnlyList<HistoryProblem> Problems);
