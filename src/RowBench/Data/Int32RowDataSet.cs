using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>Rows of values over the whole Int32 range, such as those read from a CSV file.</summary>
public sealed class Int32RowDataSet : RowDataSet
{
    private readonly ArraySegment<int> _values;

    /// <summary>Wraps <paramref name="values"/>, row after row, without copying it.</summary>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not rows × columns.</exception>
    public Int32RowDataSet(int[] values, int rowCount, int columnCount)
        : this(new ArraySegment<int>(values ?? throw new ArgumentNullException(nameof(values))), rowCount, columnCount)
    {
    }

    /// <summary>Wraps a segment of an array, such as a pooled buffer, without copying it.</summary>
    /// <exception cref="ArgumentException">The segment's length is not rows × columns.</exception>
    public Int32RowDataSet(ArraySegment<int> values, int rowCount, int columnCount)
        : base(rowCount, columnCount)
    {
        if (values.Array is null || values.Count != (long)rowCount * columnCount)
        {
            throw new ArgumentException($"Expected {rowCount} × {columnCount} values, got {values.Count}.", nameof(values));
        }

        _values = values;
    }

    /// <inheritdoc />
    public override RowValueType ValueType => RowValueType.Int32;

    /// <inheritdoc />
    public override long SizeInBytes => (long)_values.Count * sizeof(int);

    /// <summary>Row <paramref name="row"/> (0-based).</summary>
    public ReadOnlySpan<int> GetRow(int row) => _values.AsSpan(row * ColumnCount, ColumnCount);

    /// <summary>Every value, row after row.</summary>
    public ReadOnlySpan<int> Values => _values;

    /// <inheritdoc />
    public override BoundRowTransform Bind(IRowTransform transform) => BindTo(transform, _values);

    private protected override T[] Widen<T>(long count)
    {
        var widened = new T[count];
        ReadOnlySpan<int> values = _values;
        for (int index = 0; index < values.Length; index++)
        {
            widened[index] = T.CreateTruncating(values[index]);
        }

        return widened;
    }
}
