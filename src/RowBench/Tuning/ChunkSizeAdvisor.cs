namespace RowBench.Tuning;

/// <summary>
/// Reads <c>tuning.json</c> at run time and gives an application the tuned chunk size for its own row count and
/// degree, or 0 (the strategy's default) when no entry fits.
/// </summary>
/// <remarks>
/// The per-chunk overhead term grows with the number of chunks (rows ÷ c) while the imbalance term does not depend on
/// the row count, so the optimum √(b/d) grows with √rows: an entry tuned for n₀ rows is scaled by √(n/n₀).
/// </remarks>
public sealed class ChunkSizeAdvisor
{
    private readonly TuningDocument _document;

    /// <summary>Advises from a tuning document.</summary>
    public ChunkSizeAdvisor(TuningDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
    }

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="Analysis.ResultFormatException">The file is missing or not a tuning file.</exception>
    public static ChunkSizeAdvisor Load(string path) => new(TuningDocument.Read(path));

    /// <summary>The entry for this strategy, transform and degree nearest in row count to <paramref name="rows"/>, or null.</summary>
    public TuningEntry? EntryFor(string strategy, string transform, int degree, int? rows = null) =>
        _document.Entries
            .Where(entry => string.Equals(entry.Strategy, strategy, StringComparison.OrdinalIgnoreCase)
                && string.Equals(entry.Transform, transform, StringComparison.OrdinalIgnoreCase)
                && entry.DegreeOfParallelism == degree)
            .MinBy(entry => rows is { } count ? Math.Abs(Math.Log(Math.Max(1, count)) - Math.Log(Math.Max(1, entry.Rows))) : 0);

    /// <summary>
    /// The chunk size for <paramref name="rows"/> rows (null when unknown, as when streaming: then the entry's own),
    /// or 0 when the file has no entry for this strategy, transform and degree.
    /// </summary>
    public int ChunkSizeFor(string strategy, string transform, int degree, int? rows = null)
    {
        if (EntryFor(strategy, transform, degree, rows) is not { } entry)
        {
            return 0;
        }

        if (rows is not { } count || count == entry.Rows)
        {
            return entry.RecommendedChunkSize;
        }

        double scaled = entry.RecommendedChunkSize * Math.Sqrt((double)Math.Max(1, count) / entry.Rows);
        return (int)Math.Clamp(Math.Round(scaled), 1, ChunkSizeGrid.OneChunkPerWorker(Math.Max(1, count), degree));
    }
}
