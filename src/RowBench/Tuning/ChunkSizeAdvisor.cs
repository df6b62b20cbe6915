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
    /// <exception cref="IO.ResultFormatException">The file is missing or not a tuning file.</exception>
    public static ChunkSizeAdvisor Load(string path) => new(TuningDocument.Read(path));

    /// <summary>
    /// The entry for this strategy, transform and degree nearest in row count to <paramref name="rows"/>, or null. Only a
    /// tuning of a machine with <paramref name="processorCount"/> processors counts: .NET's partitioners and the
    /// thread pool size themselves by it. The default is this machine's.
    /// </summary>
    public TuningEntry? EntryFor(string strategy, string transform, int degree, int? rows = null, int? processorCount = null) =>
        _document.Machine.ProcessorCount != (processorCount ?? Environment.ProcessorCount)
            ? null
            : _document.Entries
                .Where(entry => string.Equals(entry.Strategy, strategy, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(entry.Transform, transform, StringComparison.OrdinalIgnoreCase)
                    && entry.DegreeOfParallelism == degree)
                .MinBy(entry => rows is { } count ? Math.Abs(Math.Log(Math.Max(1, count)) - Math.Log(Math.Max(1, entry.Rows))) : 0);

    /// <summary>
    /// The chunk size for <paramref name="rows"/> rows (null when unknown: then the entry's own), or 0 when the file
    /// has no entry for this strategy, transform, degree and processor count.
    /// </summary>
    public int ChunkSizeFor(string strategy, string transform, int degree, int? rows = null, int? processorCount = null) =>
        Advise(strategy, transform, degree, rows, processorCount).ChunkSize;

    /// <summary>The advice with its explanation: which entry, scaled from how many rows, or why none fits.</summary>
    public ChunkSizeAdvice Advise(string strategy, string transform, int degree, int? rows = null, int? processorCount = null)
    {
        int processors = processorCount ?? Environment.ProcessorCount;
        if (_document.Machine.ProcessorCount != processors)
        {
            return new ChunkSizeAdvice(0, null,
                $"the tuning was measured on {_document.Machine.ProcessorCount} processors and this machine has {processors}: not used (tune here)");
        }

        if (EntryFor(strategy, transform, degree, rows, processors) is not { } entry)
        {
            return new ChunkSizeAdvice(0, null, $"no entry for {strategy}, {transform}, degree {degree}");
        }

        if (rows is not { } count || count == entry.Rows)
        {
            return new ChunkSizeAdvice(entry.RecommendedChunkSize, entry,
                $"the entry for {strategy}, {transform}, degree {degree}, {entry.Rows} rows: chunk size {entry.RecommendedChunkSize}");
        }

        double scaled = entry.RecommendedChunkSize * Math.Sqrt((double)Math.Max(1, count) / entry.Rows);
        int chunkSize = (int)Math.Clamp(Math.Round(scaled), 1, ChunkSizeGrid.OneChunkPerWorker(Math.Max(1, count), degree));
        return new ChunkSizeAdvice(chunkSize, entry,
            $"the entry for {strategy}, {transform}, degree {degree}, {entry.Rows} rows (the nearest to {count}): chunk size {entry.RecommendedChunkSize}, scaled by √({count}/{entry.Rows}) to {chunkSize}");
    }
}
