using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>Rows of values over the whole Int32 range, such as those read from a CSV file.</summary>
public sealed class Int32RowDataSet : RowDataSet
{
    private readonly int[] _values;

    /// <summary>Wraps <paramref name="values"/>, row after row, without copying it.</summary>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not rows × columns.</exception>
    public Int32RowDataSet(int[] values, int rowCount, int columnCount)
        : base(rowCount, columnCount)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.LongLength != (long)rowCount * columnCount)
        {
            throw new ArgumentException(
                $"Expected {rowCount} × {columnCount} values, got {values.LongLength}.", nameof(values));
        }

        _values = values;
    }

    /// <inheritdoc />
    public override long SizeInBytes => _values.LongLength * sizeof(int);

    /// <summary>Row <paramref name="row"/> (0-based).</summary>
    public ReadOnlySpan<int> GetRow(int row) => _values.AsSpan(row * ColumnCount, ColumnCount);

    /// <inheritdoc />
    public override int ApplyTo(IRowTransform transform, int row) => transform.Apply(GetRow(row));
}
