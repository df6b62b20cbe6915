using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RowBench.Data;

/// <summary>
/// Parses the rows of a <see cref="CsvBlock"/>; safe to call from many threads at once, one block each. A block of
/// integer rows made only of digits, commas and line feeds (what <c>dataset</c> writes) takes a fast path: values of
/// up to three digits 32 bytes at a time in vector lanes, longer ones (up to nine digits) one 64-bit word each with
/// Lemire's SWAR method. Any other block, and any block a fast path finds a problem in, is parsed line by line by the
/// general path, which accepts signs, blanks, quotes and CR LF line ends and words every error with its file, line
/// and column: the fast paths never decide an error themselves.
/// </summary>
/// <remarks>
/// The loops are compiled fully optimised on first call (<see cref="MethodImplOptions.AggressiveOptimization"/>): a
/// gigabyte streams in about a second, most of which tiered compilation would otherwise spend in unoptimised code.
/// The paths live in files of their own: the vector paths (<c>CsvRowParser.Vector.cs</c>), the SWAR path
/// (<c>CsvRowParser.Swar.cs</c>) and the general path with its error wording (<c>CsvRowParser.General.cs</c>).
/// </remarks>
internal static partial class CsvRowParser
{
    private const NumberStyles IntegerStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign;

    /// <summary>Decimals as a double reads them: sign, point, exponent, and the names NaN and Infinity.</summary>
    private const NumberStyles DecimalStyle = NumberStyles.Float;

    private static readonly SearchValues<byte> FastPathBytes = SearchValues.Create("0123456789,\n"u8);

    /// <summary>Parses every row of <paramref name="block"/> into <paramref name="destination"/>; returns the row count.</summary>
    /// <param name="destination">Room for <see cref="CsvBlock.MaxRows"/> rows of <paramref name="columns"/> values.</param>
    /// <exception cref="DataFormatException">A cell or a row is bad; the message names the file, line and column.</exception>
    public static int Parse<T>(CsvBlock block, int columns, string path, Span<T> destination)
        where T : unmanaged
    {
        if (typeof(T) == typeof(int))
        {
            Span<int> integers = MemoryMarshal.Cast<T, int>(destination);
            if ((Vector256.IsHardwareAccelerated && TryParseShortValues(block, columns, integers, out int rows, out _))
                || (block.Bytes.IndexOfAnyExcept(FastPathBytes) < 0 && TryParseDigitsOnly(block, columns, integers, out rows)))
            {
                return rows;
            }
        }

        return ParseLines(block, columns, path, destination);
    }

    /// <summary>
    /// Parses a block of integer rows straight into bytes when every value is 0 to 255 and the vector path takes the
    /// block; returns false, having parsed nothing for certain, otherwise (the caller then parses integers).
    /// </summary>
    public static bool TryParseBytes(CsvBlock block, int columns, Span<byte> destination, out int rows)
    {
        rows = 0;
        if (Avx512Vbmi2.IsSupported)
        {
            return TryParseByteValues(block, columns, destination, out rows);
        }

        return Vector256.IsHardwareAccelerated && TryParseShortValues(block, columns, destination, out rows, out int largest) && largest <= byte.MaxValue;
    }

    /// <summary>Whether a line holds nothing but blanks (spaces, tabs, a carriage return).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    /// <summary>
    /// Whether a line is a header: every cell non-numeric and one not empty. "NaN" and "Infinity" parse as doubles but
    /// are names, as in a header; no integer row holds them.
    /// </summary>
    public static bool IsHeader(ReadOnlySpan<byte> line, string path, long lineNumber)
    {
        bool anyText = false;
        var cells = new CellEnumerator(TrimLineEnd(line), path, lineNumber);
        while (cells.MoveNext())
        {
            ReadOnlySpan<byte> cell = cells.Current.Trim(" \t"u8);
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number))
            {
                return false;
            }

            anyText |= !cell.IsEmpty;
        }

        return anyText;
    }

    /// <summary>The number of cells of a line (quoted cells count as one).</summary>
    public static int CountCells(ReadOnlySpan<byte> line, string path, long lineNumber)
    {
        int count = 0;
        var cells = new CellEnumerator(TrimLineEnd(line), path, lineNumber);
        while (cells.MoveNext())
        {
            count++;
        }

        return count;
    }
}
