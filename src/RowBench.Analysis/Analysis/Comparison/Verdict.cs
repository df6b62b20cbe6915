namespace RowBench.Analysis.Comparison;

/// <summary>How a benchmark's new time compares with its base time.</summary>
public enum Verdict
{
    /// <summary>Significantly slower by more than the threshold: a regression.</summary>
    Slower,

    /// <summary>Significantly faster by more than the threshold.</summary>
    Faster,

    /// <summary>No significant difference beyond the threshold, or a difference below the noise floor.</summary>
    Same,

    /// <summary>Too few samples for the test to decide either way; never silently reported as same.</summary>
    Unknown,
}
