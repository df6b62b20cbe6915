using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>Rows of values from 0 to 255 stored at one byte per value, like the pixels of a grayscale image.</summary>
public sealed class ByteRowDataSet : RowDataSet
{
    private readonly byte[] _values;

    /// <summary>Wraps <paramref name="values"/>, row after row, without copying it.</summary>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not rows × columns.</exception>
    public ByteRowDataSet(byte[] values, int rowCount, int columnCount)
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
    public override long SizeInBytes => _values.LongLength;

    /// <summary>Row <paramref name="row"/> (0-based).</summary>
    public ReadOnlySpan<byte> GetRow(int row) => _values.AsSpan(row * ColumnCount, ColumnCount);

    /// <summary>All values, row after row.</summary>
    public ReadOnlySpan<byte> Values => _values;

    /// <inheritdoc />
    public override int ApplyTo(IRowTransform transform, int row) => transform.Apply(GetRow(row));
}
