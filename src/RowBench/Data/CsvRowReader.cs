
namespace RowBench.Data;

/// <summary>
/// Reads a CSV file of numeric rows, a batch of rows at a time, so that a file of any size can be streamed. One row
/// per line, integer cells over the whole Int32 range (or decimals, or bytes, as the caller reads them); a first line
/// whose cells are all non-numeric (NaN and Infinity count as text) is a header and is skipped; blank lines,
/// whitespace-only ones included, are skipped, at no memory cost; CR LF and lone CR line ends, quoted cells, a UTF-8
/// byte order mark and UTF-16 files with theirs are read (<see cref="CsvTextStream"/>). Every row must have as many
/// cells as the first. A line longer than <see cref="MaxLineBytes"/> is an error, so that an unclosed quote cannot
/// buffer the rest of the file.
/// </summary>
/// <remarks>
/// The file is cut into blocks of whole lines (<see cref="CsvBlockReader"/>) that <see cref="CsvRowParser"/> parses;
/// the streaming pipeline parses several blocks at once on several threads. Any problem is a
/// <see cref="DataFormatException"/> naming the file, line and column.
/// </remarks>
public sealed partial class CsvRowReader : IDisposable
{
    /// <summary>The longest line read: 64 MiB, some 6 million values of up to 10 digits.</summary>
    public const int MaxLineBytes = 64 << 20;

    /// <summary>The bytes of a block that <see cref="ReadRows(Span{int})"/> parses at a time.</summary>
    private const int SequentialBlockBytes = 1 << 20;

    private readonly CsvBlockReader _blocks;
    private CsvBlock? _pending;
    private Array? _parsed;
    private int _parsedRows;
    private int _parsedOffset;
    private long _rowsRead;

    private CsvRowReader(string path, CsvBlockReader blocks)
    {
        Path = path;
        _blocks = blocks;
    }

    /// <summary>The file being read, as the caller named it.</summary>
    public string Path { get; }

    /// <summary>The number of cells in every row: that of the first data row.</summary>
    public int ColumnCount { get; private set; }

    /// <summary>The number of data rows read so far.</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>The length of the first data row in bytes, with its line end: what a block's size is estimated from.</summary>
    internal int FirstRowBytes { get; private set; }

    /// <summary>Opens <paramref name="path"/> and reads as far as its first data row, to learn the row length.</summary>
    /// <exception cref="DataFormatException">The file is missing, empty, or its first row is not integers.</exception>
    public static CsvRowReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream;
        long fileOffset;
        try
        {
            stream = CsvTextStream.Open(path, out fileOffset);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DataFormatException(path, "no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFormatException(path, $"cannot be read: {ex.Message}");
        }

        var reader = new CsvRowReader(path, new CsvBlockReader(stream, path, fileOffset));
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

    /// <inheritdoc />
    public void Dispose()
    {
        _pending?.Return();
        _pending = null;
        _blocks.Dispose();
    }

    /// <summary>Reads rows of <typeparamref name="T"/>: byte, int or double; one type for the whole file.</summary>
    internal int ReadRowsOf<T>(Span<T> destination)
        where T : unmanaged
    {
        int capacity = ColumnCount == 0 ? 0 : destination.Length / ColumnCount;
        int rows = 0;
        while (rows < capacity)
        {
            if (_parsed is not T[] parsed || _parsedOffset == _parsedRows)
            {
                if (!ParseNext<T>())
                {
                    break;
                }

                parsed = (T[])_parsed!;
            }

            int take = Math.Min(capacity - rows, _parsedRows - _parsedOffset);
            parsed.AsSpan(_parsedOffset * ColumnCount, take * ColumnCount).CopyTo(destination[(rows * ColumnCount)..]);
            _parsedOffset += take;
            rows += take;
        }

        CountRows(rows);
        return rows;
    }

    /// <summary>The next block of whole lines of about <paramref name="targetBytes"/> bytes, or null at the end.</summary>
    internal CsvBlock? NextBlock(int targetBytes)
    {
        if (_pending is { } first)
        {
            _pending = null;
            return first;
        }

        return _blocks.Next(Math.Max(targetBytes, 1), MaxLineBytes);
    }

    /// <summary>Parses a block from <see cref="NextBlock"/>; safe on any thread. Returns its row count.</summary>
    internal int Parse<T>(CsvBlock block, Span<T> destination)
        where T : unmanaged => CsvRowParser.Parse(block, ColumnCount, Path, destination);

    /// <summary>Parses a block of integer rows straight into bytes if every value is 0 to 255 (see <see cref="CsvRowParser.TryParseBytes"/>).</summary>
    internal bool TryParseBytes(CsvBlock block, Span<byte> destination, out int rows) =>
        CsvRowParser.TryParseBytes(block, ColumnCount, destination, out rows);

    /// <summary>Adds rows consumed by a caller of <see cref="NextBlock"/> to <see cref="RowsRead"/>.</summary>
    internal void CountRows(int rows) => Interlocked.Add(ref _rowsRead, rows);

    private bool ParseNext<T>()
        where T : unmanaged
    {
        while (NextBlock(SequentialBlockBytes) is { } block)
        {
            try
            {
                int room = block.MaxRows(ColumnCount) * ColumnCount;
                T[] values = _parsed as T[] is { } previous && previous.Length >= room
                    ? previous
                    : new T[room];
                _parsedRows = Parse<T>(block, values);
                _parsedOffset = 0;
                _parsed = values;
            }
            finally
            {
                block.Return();
            }

            if (_parsedRows > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the header, if any, and the first data row, whose cell count every row must have.</summary>
    private void ReadFirstRow()
    {
        long headerLine = 0;
        bool firstNonBlank = true;
        while (_blocks.Next(64 << 10, MaxLineBytes) is { } block)
        {
            ReadOnlySpan<byte> bytes = block.Bytes;
            int offset = 0;
            for (long line = block.FirstLine; offset < bytes.Length; line++)
            {
                int end = offset + bytes[offset..].IndexOf((byte)'\n');
                ReadOnlySpan<byte> text = bytes[offset..end];
                if (!CsvRowParser.IsBlank(text))
                {
                    if (firstNonBlank && CsvRowParser.IsHeader(text, Path, line))
                    {
                        headerLine = line;
                        firstNonBlank = false;
                    }
                    else
                    {
                        ColumnCount = CsvRowParser.CountCells(text, Path, line);
                        FirstRowBytes = end + 1 - offset;
                        _pending = new CsvBlock(block.Buffer, block.Start + offset, block.Length, line, block.Lines - (int)(line - block.FirstLine), block.FileOffset + offset);
                        return;
                    }
                }

                offset = end + 1;
            }

            block.Return();
        }

        throw headerLine > 0
            ? new DataFormatException(Path, headerLine + 1, 1, "expected a row of integers after the header, found the end of the file")
            : new DataFormatException(Path, 1, 1, "expected a row of integers, found an empty file");
    }
}
