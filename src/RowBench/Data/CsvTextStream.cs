using System.Text;

namespace RowBench.Data;

/// <summary>
/// Opens a CSV file as the block parser reads it: UTF-8 (or ASCII) bytes with line feeds. Files as Windows tools and
/// spreadsheets save them are made so on the way in: a UTF-8 byte order mark (Excel's "CSV UTF-8") is skipped; a
/// UTF-16 file with its mark (Windows PowerShell's <c>Out-File</c>) is transcoded to UTF-8; a file whose lines end in a
/// lone carriage return (classic Mac OS) has each one read as a line feed. CR LF needs nothing: the parser reads it.
/// A plain file, the common case, is the file stream itself, so the fast paths see the file's own bytes.
/// </summary>
internal static class CsvTextStream
{
    /// <summary>How much of the file is looked at to tell its line ends: enough for a few rows of thousands of values.</summary>
    private const int SniffBytes = 1 << 20;

    /// <summary>The file's text as UTF-8 with line feeds; <paramref name="fileOffset"/> is where its first byte is in the file, or -1 when the bytes are converted.</summary>
    /// <exception cref="FileNotFoundException">The file is missing (and the other exceptions of opening a file).</exception>
    public static Stream Open(string path, out long fileOffset)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        try
        {
            byte[] head = new byte[SniffBytes];
            int filled = 0, read;
            while (filled < head.Length && (read = file.Read(head, filled, head.Length - filled)) > 0)
            {
                filled += read;
            }

            ReadOnlySpan<byte> bytes = head.AsSpan(0, filled);
            // In UTF-16 a CR or LF is its byte beside a zero; no digit, sign, point, comma or quote has either byte.
            bool loneCarriageReturns = bytes.Contains((byte)'\r') && !bytes.Contains((byte)'\n');
            Stream text;
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                file.Position = 3;
                fileOffset = 3;
                text = file;
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                file.Position = 2;
                fileOffset = -1;
                text = Encoding.CreateTranscodingStream(file, bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, Encoding.UTF8);
            }
            else
            {
                file.Position = 0;
                fileOffset = 0;
                text = file;
            }

            if (loneCarriageReturns)
            {
                fileOffset = -1;
                text = new CarriageReturnsAsLineFeeds(text);
            }

            return text;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Reads a stream with every carriage return as a line feed: byte for byte, so nothing moves.</summary>
    private sealed class CarriageReturnsAsLineFeeds(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            buffer[..read].Replace((byte)'\r', (byte)'\n');
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
