namespace RowBench.History;

/// <summary>A line of a history file that is not a run: it is skipped, and reported with its file and line.</summary>
public sealed record HistoryProblem(string File, int Line, string Message)
{
    /// <summary>"FILE:LINE: MESSAGE".</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
