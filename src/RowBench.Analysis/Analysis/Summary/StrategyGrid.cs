namespace RowBench.Analysis.Summary;

/// <summary>Strategies × chunk sizes for one transform, row count and degree: the table a user picks a configuration from.</summary>
public sealed record StrategyGrid(
    string Job,
    string Transform,
    int Rows,
    int Degree,
    double SequentialNanoseconds,
    IReadOnlyList<string> Strategies,
    IReadOnlyList<int> ChunkSizes,
    IReadOnlyList<StrategyCell> Cells)
{
    /// <summary>The fastest cell of the grid.</summary>
    public StrategyCell Best => Cells.MinBy(cell => cell.MeanNanoseconds)!;

    /// <summary>The cell for a strategy and chunk size, or null when it was not run.</summary>
    public StrategyCell? Find(string strategy, int chunkSize) =>
        Cells.FirstOrDefault(cell => cell.Strategy == strategy && cell.ChunkSize == chunkSize);
}
