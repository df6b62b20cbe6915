using System.Buffers;

namespace RowBench.Data;

/// <summary>
/// Cuts a CSV file into blocks of whole lines, as Dask's <c>read_bytes</c> cuts a file at line ends: reads about the
/// asked number of bytes, ends the block at its last line feed, and carries the rest over to the next. It counts the
/// line feeds of each block (a vectorised count), so every block knows the number of its first line. One reader is
/// used from one thread at a time; the blocks it returns may be parsed on any.
/// </summary>
internal sealed class CsvBlockReader : IDisposable
{
    private readonly Stream _stream;
    private readonly string _path;
    private byte[] _carry = [];
    private int _carryLength;
    private long _nextLine = 1;
    private long _position;
    private bool _endOfFile;

    /// <param name="fileOffset">Where the stream's first byte is in the file (past a byte order mark); -1 when its bytes are converted and have no place in the file.</param>
    public CsvBlockReader(Stream stream, string path, long fileOffset = 0)
    {
        _stream = stream;
        _path = path;
        _position = fileOffset;
    }

    /// <summary>The number of the next block's first line.</summary>
    public long NextLine => _nextLine;

    /// <summary>
    /// The next block of about <paramref name="targetBytes"/> bytes (more when one line is longer), or null at the end
    /// of the file. The file's last line gets a line feed if it has none, so that every block ends with one.
    /// </summary>
    /// <exception cref="DataFormatException">A line is longer than <paramref name="maxLineBytes"/>, or the file cannot be read.</exception>
    public CsvBlock? Next(int targetBytes, int maxLineBytes)
    {
        const int head = CsvBlock.Headroom;
        int capacity = Math.Max(targetBytes, _carryLength + 1);
        byte[] buffer = Rent(capacity);
        _carry.AsSpan(0, _carryLength).CopyTo(buffer.AsSpan(head));
        int filled = head + _carryLength;
        _carryLength = 0;
        while (true)
        {
            filled += Fill(buffer, filled, head + capacity);
            int end = head + buffer.AsSpan(head, filled - head).LastIndexOf((byte)'\n') + 1;
            if (end == head && _endOfFile && filled > head)
            {
                // The last line has no line feed: give it one.
                buffer[filled++] = (byte)'\n';
                end = filled;
            }

            if (end > head)
            {
                // What follows the last line feed starts the next block.
                Carry(buffer.AsSpan(end, filled - end));
                int lines = buffer.AsSpan(head, end - head).Count((byte)'\n');
                var block = new CsvBlock(buffer, head, end, _nextLine, lines, _position);
                _nextLine += lines;
                _position = _position < 0 ? -1 : _position + (end - head);
                return block;
            }

            if (filled == head)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            // One line fills the buffer: grow it, up to the longest line allowed.
            if (capacity >= maxLineBytes)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw new DataFormatException(_path, _nextLine, 1, $"the line is longer than {maxLineBytes >> 20} MiB; is a quote or a line end missing?");
            }

            capacity = (int)Math.Min((long)capacity * 2, maxLineBytes);
            byte[] larger = Rent(capacity);
            buffer.AsSpan(head, filled - head).CopyTo(larger.AsSpan(head));
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>A buffer for <paramref name="capacity"/> bytes of lines, with line feeds before them and room after.</summary>
    private static byte[] Rent(int capacity)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(CsvBlock.Headroom + capacity + 1 + CsvBlock.Slack);
        buffer.AsSpan(0, CsvBlock.Headroom).Fill((byte)'\n');
        return buffer;
    }

    private int Fill(byte[] buffer, int offset, int capacity)
    {
        int total = 0;
        while (offset + total < capacity && !_endOfFile)
        {
            int read;
            try
            {
                read = _stream.Read(buffer, offset + total, capacity - offset - total);
            }
            catch (IOException ex)
            {
                throw new DataFormatException(_path, $"cannot be read: {ex.Message}");
            }

            if (read == 0)
            {
                _endOfFile = true;
            }

            total += read;
        }

        return total;
    }

    private void Carry(ReadOnlySpan<byte> rest)
    {
        if (_carry.Length < rest.Length)
        {
            _carry = new byte[Math.Max(rest.Length, 4096)];
        }

        rest.CopyTo(_carry);
        _carryLength = rest.Length;
    }
}
