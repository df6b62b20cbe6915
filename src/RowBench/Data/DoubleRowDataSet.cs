using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>Rows of double-precision values, such as a CSV file of decimals or measurements.</summary>
public sealed class DoubleRowDataSet : RowDataSet
{
    private readonly ArraySegment<double> _values;

    /// <summary>Wraps <paramref name="values"/>, row after row, without copying it.</summary>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not rows × columns.</exception>
    public DoubleRowDataSet(double[] values, int rowCount, int columnCount)
        : this(new ArraySegment<double>(values ?? throw new ArgumentNullException(nameof(values))), rowCount, columnCount)
    {
    }

    /// <summary>Wraps a segment of an array, such as a pooled buffer, without copying it.</summary>
    /// <exception cref="ArgumentException">The segment's length is not rows × columns.</exception>
    public DoubleRowDataSet(ArraySegment<double> values, int rowCount, int columnCount)
        : base(rowCount, columnCount)
    {
        if (values.Array is null || values.Count != (long)rowCount * columnCount)
        {
            throw new ArgumentException($"Expected {rowCount} × {columnCount} values, got {values.Count}.", nameof(values));
        }

        _values = values;
    }

    /// <inheritdoc />
    public override RowValueType ValueType => RowValueType.Double;

    /// <inheritdoc />
    public override long SizeInBytes => (long)_values.Count * sizeof(double);

    /// <summary>Row <paramref name="row"/> (0-based).</summary>
    public ReadOnlySpan<double> GetRow(int row) => _values.AsSpan(row * ColumnCount, ColumnCount);

    /// <summary>Every value, row after row.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <inheritdoc />
    public override BoundRowTransform Bind(IRowTransform transform) => BindTo(transform, _values);

    // Double is the widest type: WidenTo never asks for another.
    private protected override T[] Widen<T>(long count) => throw new NotSupportedException();
}
