using System.Buffers;

namespace RowBench.Data;

// A distributed worker's slice of a file: bytes from an offset, parsed as lines from a known line number.
public sealed partial class CsvRowReader
{
    /// <summary>
    /// Parses the rows of one slice of a file, as a distributed worker reads its own part of a file that every worker
    /// can reach: <paramref name="length"/> bytes from <paramref name="offset"/>, whole lines, the first of them line
    /// <paramref name="firstLine"/> (for error messages). Returns the row count.
    /// </summary>
    /// <exception cref="DataFormatException">The file cannot be read there, or a cell or row is bad.</exception>
    internal static int ParseSlice<T>(string path, long offset, int length, long firstLine, int lines, int columns, Span<T> destination)
        where T : unmanaged
    {
        const int head = CsvBlock.Headroom;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(head + length + 1 + CsvBlock.Slack);
        try
        {
            buffer.AsSpan(0, head).Fill((byte)'\n');
            int filled;
            try
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                filled = 0;
                int read;
                while (filled < length && (read = RandomAccess.Read(handle, buffer.AsSpan(head + filled, length - filled), offset + filled)) > 0)
                {
                    filled += read;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new DataFormatException(path, $"cannot be read: {ex.Message}");
            }

            if (filled < length - 1)
            {
                throw new DataFormatException(path, $"is shorter than expected: {length} bytes from byte {offset} were asked for, {filled} were there");
            }

            // The file's last line may have no line feed (the block reader gave it one).
            if (filled == 0 || buffer[head + filled - 1] != (byte)'\n')
            {
                buffer[head + filled++] = (byte)'\n';
            }

            return CsvRowParser.Parse(new CsvBlock(buffer, head, head + filled, firstLine, lines, offset), columns, path, destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
