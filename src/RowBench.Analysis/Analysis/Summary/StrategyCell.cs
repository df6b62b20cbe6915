namespace RowBench.Analysis.Summary;

/// <summary>One strategy at one chunk size and degree: its time, and how it compares with the sequential loop.</summary>
/// <param name="Strategy">The strategy's command-line name.</param>
/// <param name="ChunkSize">Rows per chunk; 0 is the strategy's default.</param>
/// <param name="Degree">The degree of parallelism.</param>
/// <param name="MeanNanoseconds">Mean time of one run over the whole data set.</param>
/// <param name="SpeedUp">Sequential time ÷ this time.</param>
/// <param name="AllocatedBytes">Bytes allocated per run, when measured.</param>
public sealed record StrategyCell(string Strategy, int ChunkSize, int Degree, double MeanNanoseconds, double SpeedUp, double? AllocatedBytes)
{
    /// <summary>Speed-up ÷ degree: 1 is perfect scaling.</summary>
    public double Efficiency => SpeedUp / Degree;

    /// <summary>"default" for chunk size 0, else the number.</summary>
    public string ChunkLabel => ChunkLabelOf(ChunkSize);

    /// <summary>"default" for chunk size 0, else the number.</summary>
    public static string ChunkLabelOf(int chunkSize) =>
        chunkSize == 0 ? "default" : chunkSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
