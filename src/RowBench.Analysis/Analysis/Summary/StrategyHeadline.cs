namespace RowBench.Analysis.Summary;

/// <summary>The best configuration for one transform and row count across every strategy, chunk size and degree.</summary>
/// <param name="NotebookChoice">parallel-for with the notebook's 100 rows per chunk at the highest degree, for comparison.</param>
public sealed record StrategyHeadline(
    string Job,
    string Transform,
    int Rows,
    double SequentialNanoseconds,
    StrategyCell Best,
    StrategyCell? NotebookChoice);
