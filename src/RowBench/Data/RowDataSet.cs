using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>
/// A rectangular table of integer rows held in memory, which strategies run a transform over. The storage type
/// (one byte or four bytes per value) is the data set's business; a transform is handed each row in its own type.
/// </summary>
public abstract class RowDataSet
{
    /// <summary>Creates a data set of <paramref name="rowCount"/> rows of <paramref name="columnCount"/> values.</summary>
    protected RowDataSet(int rowCount, int columnCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        RowCount = rowCount;
        ColumnCount = columnCount;
    }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The number of values in every row.</summary>
    public int ColumnCount { get; }

    /// <summary>The bytes the values occupy in memory, which throughput figures are computed from.</summary>
    public abstract long SizeInBytes { get; }

    /// <summary>Runs <paramref name="transform"/> on row <paramref name="row"/> (0-based).</summary>
    public abstract int ApplyTo(IRowTransform transform, int row);
}
