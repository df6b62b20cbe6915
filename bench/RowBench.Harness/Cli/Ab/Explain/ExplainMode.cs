namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>When <c>ab</c> explains its verdicts.</summary>
internal enum ExplainMode
{
    /// <summary>When a benchmark is slower (the default).</summary>
    WhenSlower,

    /// <summary>Always (<c>--explain</c>): with nothing slower, the benchmarks of the largest new ÷ base ratio.</summary>
    Always,

    /// <summary>Never (<c>--no-explain</c>).</summary>
    Never,
}
