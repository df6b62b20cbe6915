using System.Buffers;

namespace RowBench.Data;

// Reading a whole file into one data set: the lines counted first, every block parsed into its place.
public sealed partial class CsvRowReader
{
    /// <summary>Reads the whole file into memory as integers.</summary>
    /// <exception cref="DataFormatException">Any cell, row or the file is not as expected.</exception>
    public static Int32RowDataSet ReadAll(string path) => (Int32RowDataSet)ReadAll(path, RowValueType.Int32);

    /// <summary>
    /// Reads the whole file into memory as <paramref name="valueType"/>: integers, decimals (any cell a double can
    /// parse, such as <c>-1.5e3</c>), or bytes (integers from 0 to 255).
    /// </summary>
    /// <exception cref="DataFormatException">Any cell, row or the file is not as expected.</exception>
    public static RowDataSet ReadAll(string path, RowValueType valueType) => valueType switch
    {
        RowValueType.Byte => ReadAll<byte>(path, (values, rows, columns) => new ByteRowDataSet(values, rows, columns)),
        RowValueType.Int32 => ReadAll<int>(path, (values, rows, columns) => new Int32RowDataSet(values, rows, columns)),
        RowValueType.Double => ReadAll<double>(path, (values, rows, columns) => new DoubleRowDataSet(values, rows, columns)),
        _ => throw new ArgumentOutOfRangeException(nameof(valueType), valueType, "Not a row value type."),
    };

    /// <summary>
    /// Counts the file's lines first (a vectorised count, a tenth of a second a gigabyte from the page cache), so that
    /// one array of lines × columns holds every row and each block is parsed straight into its place: the file's
    /// values are in memory once, never in blocks and then again in the whole.
    /// </summary>
    private static RowDataSet ReadAll<T>(string path, Func<ArraySegment<T>, int, int, RowDataSet> create)
        where T : unmanaged
    {
        using CsvRowReader reader = Open(path);
        (long lines, long bytes) = CountLines(path);
        // Blank lines cost no room: no more rows than the text's bytes can hold (see CsvBlock.MaxRows).
        long capacity = Math.Min(lines, bytes / (2L * Math.Max(1, reader.ColumnCount))) * reader.ColumnCount;
        if (capacity > Array.MaxLength)
        {
            throw new DataFormatException(reader.Path, "is too large to hold in memory; stream it instead");
        }

        var values = new T[capacity];
        int filled = 0;
        while (reader.NextBlock(SequentialBlockBytes) is { } block)
        {
            try
            {
                if ((long)block.MaxRows(reader.ColumnCount) * reader.ColumnCount > values.Length - filled)
                {
                    throw new DataFormatException(reader.Path, "changed while it was read");
                }

                int rows = reader.Parse<T>(block, values.AsSpan(filled));
                filled += rows * reader.ColumnCount;
                reader.CountRows(rows);
            }
            finally
            {
                block.Return();
            }
        }

        return create(new ArraySegment<T>(values, 0, filled), filled / Math.Max(1, reader.ColumnCount), reader.ColumnCount);
    }

    /// <summary>The lines of a file's text (its line feeds, and one more if its last line has none) and its bytes, as the parser reads them.</summary>
    private static (long Lines, long Bytes) CountLines(string path)
    {
        using Stream stream = CsvTextStream.Open(path, out _);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long lines = 0, bytes = 0;
            byte last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer, 0, 1 << 20)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                bytes += read;
                last = buffer[read - 1];
            }

            return last == (byte)'\n' ? (lines, bytes) : (lines + 1, bytes + 1);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
