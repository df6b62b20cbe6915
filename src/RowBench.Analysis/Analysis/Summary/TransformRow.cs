namespace RowBench.Analysis.Summary;

/// <summary>The per-row cost of both transforms on one kind of row.</summary>
public sealed record TransformRow(
    string Job,
    string RowType,
    long BytesPerRow,
    double FaithfulNanoseconds,
    double FastNanoseconds,
    double? FaithfulAllocatedBytes,
    double? FastAllocatedBytes)
{
    /// <summary>How many times faster fast is than faithful per row.</summary>
    public double FastSpeedUp => FaithfulNanoseconds / FastNanoseconds;

    /// <summary>Row bytes per second through the fast transform on one core.</summary>
    public double FastBytesPerSecond => BytesPerRow / (FastNanoseconds * 1e-9);

    /// <summary>Row bytes per second through the faithful transform on one core.</summary>
    public double FaithfulBytesPerSecond => BytesPerRow / (FaithfulNanoseconds * 1e-9);
}
