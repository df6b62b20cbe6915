using System.Buffers;

namespace RowBench.Data;

/// <summary>
/// A run of whole lines of a CSV file, as <see cref="CsvBlockReader"/> cut it: its bytes end with a line feed, and
/// it knows the number of its first line, so that a block parsed on any thread names the right line in an error.
/// </summary>
/// <remarks>The buffer is rented and has <see cref="Slack"/> readable bytes beyond <see cref="Length"/> and, for a
/// block that starts a buffer, <see cref="Headroom"/> line feeds before <see cref="Start"/>, so that a parser may read
/// a whole vector or word at any position within the block, and a few bytes before it.</remarks>
internal sealed class CsvBlock
{
    /// <summary>Readable bytes past the end of the block: a 64-byte window read at its last byte stays in the buffer.</summary>
    public const int Slack = 80;

    /// <summary>Line feeds before the block's first byte, so that a parser may read the bytes before any line.</summary>
    public const int Headroom = 16;

    public CsvBlock(byte[] buffer, int start, int length, long firstLine, int lines, long fileOffset = -1)
    {
        Buffer = buffer;
        FileOffset = fileOffset;
        Start = start;
        Length = length;
        FirstLine = firstLine;
        Lines = lines;
    }

    /// <summary>The rented buffer; the block's bytes are [<see cref="Start"/>, <see cref="Length"/>).</summary>
    public byte[] Buffer { get; }

    /// <summary>Where the block's first line starts in <see cref="Buffer"/>.</summary>
    public int Start { get; }

    /// <summary>Where the block ends in <see cref="Buffer"/>: just after its last line feed.</summary>
    public int Length { get; }

    /// <summary>The 1-based number of the block's first line in the file.</summary>
    public long FirstLine { get; }

    /// <summary>Where the block's first byte is in the file; -1 when not known.</summary>
    public long FileOffset { get; }

    /// <summary>The number of lines (line feeds) in the block: an upper bound of its rows.</summary>
    public int Lines { get; }

    /// <summary>
    /// The most rows of <paramref name="columns"/> cells the block can hold: its lines, and no more than a row of one
    /// digit per cell fits in its bytes (2 × columns a row, with commas and the line feed). Blank lines cost no room:
    /// a row followed by 700,000 empty lines is one row, not 700,001 rows' worth of memory.
    /// </summary>
    public int MaxRows(int columns) => columns <= 0 ? Lines : (int)Math.Min(Lines, (Length - Start) / (2L * columns));

    /// <summary>The block's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(Start, Length - Start);

    /// <summary>Gives the buffer back; the block must not be used after.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}
