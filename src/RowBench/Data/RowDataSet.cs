using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>
/// A rectangular table of rows held in memory, which strategies run a transform over. The storage type (one byte,
/// four or eight bytes per value) is the data set's <see cref="ValueType"/>; a transform is handed each row in that
/// type, so a transform must take it (<see cref="WidenTo"/> converts a data set for one that takes a wider type).
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

    /// <summary>How the values are stored, and so the row type a transform is handed.</summary>
    public abstract RowValueType ValueType { get; }

    /// <summary>The bytes the values occupy in memory, which throughput figures are computed from.</summary>
    public abstract long SizeInBytes { get; }

    /// <summary>Binds <paramref name="transform"/> to these rows, once, before running it over them.</summary>
    /// <exception cref="ArgumentException">The transform does not take rows of <see cref="ValueType"/>.</exception>
    public abstract BoundRowTransform Bind(IRowTransform transform);

    /// <summary>Rows of bytes, integers or doubles over <paramref name="values"/>, without copying.</summary>
    internal static RowDataSet Over<T>(ArraySegment<T> values, int rows, int columns) => values switch
    {
        ArraySegment<byte> bytes => new ByteRowDataSet(bytes, rows, columns),
        ArraySegment<double> doubles => new DoubleRowDataSet(doubles, rows, columns),
        ArraySegment<int> integers => new Int32RowDataSet(integers, rows, columns),
        _ => throw new NotSupportedException($"Rows of {typeof(T).Name} are not read."),
    };

    /// <summary>
    /// These rows stored as <paramref name="valueType"/>: this data set if it is already, else a copy in the wider type
    /// (byte → Int32 → double lose nothing).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="valueType"/> is narrower than <see cref="ValueType"/>.</exception>
    public RowDataSet WidenTo(RowValueType valueType)
    {
        if (valueType == ValueType)
        {
            return this;
        }

        if (valueType < ValueType)
        {
            throw new ArgumentException($"{ValueType} rows cannot be narrowed to {valueType} rows.", nameof(valueType));
        }

        long count = (long)RowCount * ColumnCount;
        return valueType switch
        {
            RowValueType.Int32 => new Int32RowDataSet(Widen<int>(count), RowCount, ColumnCount),
            _ => new DoubleRowDataSet(Widen<double>(count), RowCount, ColumnCount),
        };
    }

    /// <summary>Every value, row after row, converted to <typeparamref name="T"/>.</summary>
    private protected abstract T[] Widen<T>(long count)
        where T : System.Numerics.INumberBase<T>;

    /// <summary>Binds <paramref name="transform"/> to <paramref name="values"/>, or says why it cannot.</summary>
    private protected BoundRowTransform BindTo<TValue>(IRowTransform transform, ArraySegment<TValue> values)
        where TValue : unmanaged
    {
        ArgumentNullException.ThrowIfNull(transform);
        return transform switch
        {
            IRowTransform<TValue, int> returnsInt => new BoundRowTransform<TValue, int>(returnsInt, values, RowCount, ColumnCount),
            IRowTransform<TValue, double> returnsDouble => new BoundRowTransform<TValue, double>(returnsDouble, values, RowCount, ColumnCount),
            _ => throw new ArgumentException(
                $"The transform '{transform.Name}' takes {RowTransformContract.Describe(RowTransformContract.RowTypesOf(transform))}, not {ValueType} rows.",
                nameof(transform)),
        };
    }
}
