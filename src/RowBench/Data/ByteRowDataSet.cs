using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>Rows of values from 0 to 255 stored at one byte per value, like the pixels of a grayscale image.</summary>
public sealed class ByteRowDataSet : RowDataSet
{
    private readonly ArraySegment<byte> _values;

    /// <summary>Wraps <paramref name="values"/>, row after row, without copying it.</summary>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not rows × columns.</exception>
    public ByteRowDataSet(byte[] values, int rowCount, int columnCount)
        : this(new ArraySegment<byte>(values ?? throw new ArgumentNullException(nameof(values))), rowCount, columnCount)
    {
    }

    /// <summary>Wraps a segment of an array, such as a pooled buffer, without copying it.</summary>
    /// <exception cref="ArgumentException">The segment's length is not rows × columns.</exception>
    public ByteRowDataSet(ArraySegment<byte> values, int rowCount, int columnCount)
        : base(rowCount, columnCount)
    {
        if (values.Array is null || values.Count != (long)rowCount * columnCount)
        {
            throw new ArgumentException($"Expected {rowCount} × {columnCount} values, got {values.Count}.", nameof(values));
        }

        _values = values;
    }

    /// <inheritdoc />
    public override RowValueType ValueType => RowValueType.Byte;

    /// <inheritdoc />
    public override long SizeInBytes => _values.Count;

    /// <summary>Row <paramref name="row"/> (0-based).</summary>
    public ReadOnlySpan<byte> GetRow(int row) => _values.AsSpan(row * ColumnCount, ColumnCount);

    /// <summary>All values, row after row.</summary>
    public ReadOnlySpan<byte> Values => _values;

    /// <inheritdoc />
    public override BoundRowTransform Bind(IRowTransform transform) => BindTo(transform, _values);

    private protected override T[] Widen<T>(long count)
    {
        var widened = new T[count];
        ReadOnlySpan<byte> values = _values;
        for (int index = 0; index < values.Length; index++)
        {
            widened[index] = T.CreateTruncating(values[index]);
        }

        return widened;
    }
}
