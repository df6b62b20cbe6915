namespace RowBench.Tuning;

/// <summary>
/// The chunk sizes a sweep measures: 1, 2, 4, … up to rows ÷ degree, plus the sizes users would otherwise get, so that
/// those are measured rather than guessed: .NET's range partitioner, the notebook's 100, and one chunk per worker.
/// </summary>
public static class ChunkSizeGrid
{
    /// <summary>The notebook's chunk size.</summary>
    public const int NotebookChunkSize = 100;

    /// <summary>What <c>Partitioner.Create(0, rows)</c> gives: rows ÷ (3 × processors), at least 1.</summary>
    public static int RangePartitionerChunkSize(int rows, int processorCount) => Math.Max(1, rows / (3 * Math.Max(1, processorCount)));

    /// <summary>One chunk per worker: rows ÷ degree, rounded up.</summary>
    public static int OneChunkPerWorker(int rows, int degree) => Math.Max(1, (rows + degree - 1) / Math.Max(1, degree));

    /// <summary>
    /// The sweep's chunk sizes for <paramref name="rows"/> rows at <paramref name="degree"/>, ascending: powers of
    /// <paramref name="step"/> (2 by default; the quick sweep takes 4, to fit five launches in its four minutes).
    /// </summary>
    public static IReadOnlyList<int> For(int rows, int degree, int processorCount, int step = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degree);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 2);
        int largest = OneChunkPerWorker(rows, degree);
        var sizes = new SortedSet<int>();
        for (long size = 1; size <= largest; size *= step)
        {
            sizes.Add((int)size);
        }

        sizes.Add(largest);
        foreach (int alternative in new[] { NotebookChunkSize, RangePartitionerChunkSize(rows, processorCount) })
        {
            if (alternative <= largest)
            {
                sizes.Add(alternative);
            }
        }

        return [.. sizes];
    }
}
