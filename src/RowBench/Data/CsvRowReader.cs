using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace RowBench.Data;

/// <summary>
/// Reads a CSV file of numeric rows with CsvHelper, a batch of rows at a time, so that a file of any size can be
/// streamed. One row per line, integer cells over the whole Int32 range (or decimals, or bytes, as the caller reads them); a first line whose cells are all
/// non-numeric (NaN and Infinity count as text) is a header and is skipped; blank lines, whitespace-only ones
/// included, are skipped. Every row must have as many cells as the first. A line longer than
/// <see cref="MaxLineBytes"/> is an error, so that an unclosed quote cannot buffer the rest of the file.
/// </summary>
/// <remarks>Any problem is a <see cref="DataFormatException"/> naming the file, line and column.</remarks>
public sealed class CsvRowReader : IDisposable
{
    private const NumberStyles IntegerStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign;

    /// <summary>Decimals as a double reads them: sign, point, exponent, and the names NaN and Infinity.</summary>
    private const NumberStyles DecimalStyle = NumberStyles.Float;

    /// <summary>The longest line read: 64 MiB, some 6 million values of up to 10 digits.</summary>
    public const int MaxLineBytes = 64 << 20;

    private readonly CsvReader _reader;
    private bool _pendingFirstRow;

    private CsvRowReader(string path, CsvReader reader)
    {
        Path = path;
        _reader = reader;
    }

    /// <summary>The file being read, as the caller named it.</summary>
    public string Path { get; }

    /// <summary>The number of cells in every row: that of the first data row.</summary>
    public int ColumnCount { get; private set; }

    /// <summary>The number of data rows read so far.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Opens <paramref name="path"/> and reads as far as its first data row, to learn the row length.</summary>
    /// <exception cref="DataFormatException">The file is missing, empty, or its first row is not integers.</exception>
    public static CsvRowReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        CsvReader csv;
        try
        {
            csv = CsvReader.FromFile(path, ReaderOptions);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DataFormatException(path, "no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFormatException(path, $"cannot be read: {ex.Message}");
        }

        var reader = new CsvRowReader(path, csv);
        try
        {
            reader.ReadFirstRow();
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

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

    private static RowDataSet ReadAll<T>(string path, Func<T[], int, int, RowDataSet> create)
        where T : unmanaged
    {
        using CsvRowReader reader = Open(path);
        // Batches of about a megabyte keep the intermediate copies small whatever the row length.
        int batchRows = Math.Max(1, (1 << 18) / reader.ColumnCount);
        var batches = new List<T[]>();
        long total = 0;
        while (true)
        {
            var batch = new T[(long)batchRows * reader.ColumnCount];
            int rows = reader.ReadRowsOf<T>(batch);
            if (rows == 0)
            {
                break;
            }

            batches.Add(rows == batchRows ? batch : batch[..(rows * reader.ColumnCount)]);
            total += rows;
        }

        if (total * reader.ColumnCount > Array.MaxLength)
        {
            throw new DataFormatException(reader.Path, "is too large to hold in memory; stream it instead");
        }

        var values = new T[total * reader.ColumnCount];
        int offset = 0;
        foreach (T[] batch in batches)
        {
            batch.CopyTo(values, offset);
            offset += batch.Length;
        }

        return create(values, (int)total, reader.ColumnCount);
    }

    /// <summary>
    /// Reads up to <c>destination.Length / ColumnCount</c> rows into <paramref name="destination"/>, row after row,
    /// and returns how many it read: fewer only at the end of the file, 0 once it is reached.
    /// </summary>
    /// <exception cref="DataFormatException">A cell or a row is not as expected.</exception>
    public int ReadRows(Span<int> destination) => ReadRowsOf(destination);

    /// <summary>As <see cref="ReadRows(Span{int})"/>, for cells that may be decimals.</summary>
    /// <exception cref="DataFormatException">A cell or a row is not as expected.</exception>
    public int ReadRows(Span<double> destination) => ReadRowsOf(destination);

    /// <summary>As <see cref="ReadRows(Span{int})"/>, for cells that are integers from 0 to 255.</summary>
    /// <exception cref="DataFormatException">A cell or a row is not as expected.</exception>
    public int ReadRows(Span<byte> destination) => ReadRowsOf(destination);

    /// <summary>Reads rows of <typeparamref name="T"/>: byte, int or double.</summary>
    internal int ReadRowsOf<T>(Span<T> destination)
        where T : unmanaged
    {
        int capacity = ColumnCount == 0 ? 0 : destination.Length / ColumnCount;
        int rows = 0;
        if (rows < capacity && _pendingFirstRow)
        {
            ParseRow(destination[..ColumnCount]);
            _pendingFirstRow = false;
            rows++;
        }

        while (rows < capacity && Read())
        {
            CheckRowLength();
            ParseRow(destination.Slice(rows * ColumnCount, ColumnCount));
            rows++;
        }

        RowsRead += rows;
        return rows;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private static CsvReaderOptions ReaderOptions { get; } = CsvReaderOptions.Default with
    {
        // A file of one column has no separator to detect.
        Separator = ',',
        HasHeader = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        // Integer rows never hold a quoted line break; without this an unclosed quote would read on to the end of the file.
        AllowLineBreaksInQuotes = false,
        // A malformed quote is an error that names its line, never a cell silently repaired.
        MalformedData = CsvMalformedDataHandling.Throw,
        MaxRecordSize = MaxLineBytes,
    };

    private void ReadFirstRow()
    {
        if (!Read())
        {
            throw new DataFormatException(Path, 1, 1, "expected a row of integers, found an empty file");
        }

        if (IsHeader())
        {
            if (!Read())
            {
                throw new DataFormatException(
                    Path, _reader.LineNumber + 1, 1, "expected a row of integers after the header, found the end of the file");
            }
        }

        ColumnCount = _reader.FieldCount;
        _pendingFirstRow = true;
    }

    /// <summary>Reads the next line that is not blank (whitespace-only lines are blank too).</summary>
    private bool Read()
    {
        try
        {
            while (_reader.Read())
            {
                if (_reader.FieldCount != 1 || !_reader.GetSpan(0).Trim(" \t\r"u8).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }
        catch (CsvFormatException ex)
        {
            throw new DataFormatException(Path, Math.Max(1, ex.LineNumber), 1, ex.Message.ReplaceLineEndings(" "));
        }
    }

    private bool IsHeader()
    {
        bool anyText = false;
        for (int column = 0; column < _reader.FieldCount; column++)
        {
            ReadOnlySpan<byte> cell = _reader.GetSpan(column).Trim(" \t"u8);
            // "NaN" and "Infinity" parse as doubles but are names, as in a header; no integer row holds them.
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number))
            {
                return false;
            }

            anyText |= !cell.IsEmpty;
        }

        return anyText;
    }

    private void CheckRowLength()
    {
        int found = _reader.FieldCount;
        if (found != ColumnCount)
        {
            throw new DataFormatException(
                Path,
                _reader.LineNumber,
                Math.Min(found, ColumnCount) + 1,
                $"expected {ColumnCount} cells, as in the first row, found {found}");
        }
    }

    private void ParseRow<T>(Span<T> destination)
        where T : unmanaged
    {
        for (int column = 0; column < destination.Length; column++)
        {
            ReadOnlySpan<byte> cell = _reader.GetSpan(column);
            // One body per value type is compiled; in each, two of these tests are constants and vanish.
            bool parsed;
            if (typeof(T) == typeof(int))
            {
                parsed = int.TryParse(cell, IntegerStyle, CultureInfo.InvariantCulture, out Unsafe.As<T, int>(ref destination[column]));
            }
            else if (typeof(T) == typeof(double))
            {
                parsed = double.TryParse(cell, DecimalStyle, CultureInfo.InvariantCulture, out Unsafe.As<T, double>(ref destination[column]));
            }
            else
            {
                parsed = byte.TryParse(cell, IntegerStyle, CultureInfo.InvariantCulture, out Unsafe.As<T, byte>(ref destination[column]));
            }

            if (!parsed)
            {
                throw new DataFormatException(Path, _reader.LineNumber, column + 1, DescribeBadCell(cell, typeof(T)));
            }
        }
    }

    private static string DescribeBadCell(ReadOnlySpan<byte> cell, Type valueType)
    {
        string expected = valueType == typeof(double) ? "a number" : "an integer";
        ReadOnlySpan<byte> trimmed = cell.Trim(" \t"u8);
        if (trimmed.IsEmpty)
        {
            return $"expected {expected}, found an empty cell";
        }

        string shown = Encoding.UTF8.GetString(trimmed.Length > 40 ? trimmed[..40] : trimmed);
        if (trimmed.Length > 40)
        {
            shown += "…";
        }

        ReadOnlySpan<byte> digits = trimmed[0] is (byte)'-' or (byte)'+' ? trimmed[1..] : trimmed;
        bool isWholeNumber = !digits.IsEmpty && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
        if (valueType == typeof(byte))
        {
            return isWholeNumber ? $"expected an integer from 0 to 255, found '{shown}' (out of range)" : $"expected {expected}, found '{shown}'";
        }

        return isWholeNumber && valueType == typeof(int)
            ? $"expected an integer from {int.MinValue} to {int.MaxValue}, found '{shown}' (out of range)"
            : $"expected {expected}, found '{shown}'";
    }
}
