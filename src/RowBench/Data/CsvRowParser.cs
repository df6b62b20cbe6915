using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

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
/// </remarks>
internal static class CsvRowParser
{
    private const NumberStyles IntegerStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign;

    /// <summary>Decimals as a double reads them: sign, point, exponent, and the names NaN and Infinity.</summary>
    private const NumberStyles DecimalStyle = NumberStyles.Float;

    private static readonly SearchValues<byte> FastPathBytes = SearchValues.Create("0123456789,\n"u8);

    /// <summary>Parses every row of <paramref name="block"/> into <paramref name="destination"/>; returns the row count.</summary>
    /// <param name="destination">Room for <see cref="CsvBlock.Lines"/> rows of <paramref name="columns"/> values.</param>
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

    /// <summary>
    /// The vector path: rows of values of one to three digits (such as bytes), separated by commas and line feeds and
    /// nothing else. 32 bytes at a time, every byte is taken as the last digit of a value, whose value is computed from
    /// it and the three bytes before it in 16-bit lanes (d + 10·d₋₁ + 100·d₋₂ where those are digits); the positions
    /// followed by a separator are the values, picked out by their bit in a 64-bit mask. Returns false on any byte
    /// or value it does not handle (a sign, a blank, four digits, an empty cell, a row of another length).
    /// </summary>
    /// <remarks>Reads up to 3 bytes before the block (<see cref="CsvBlock.Headroom"/>) and 65 after its last line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseShortValues<TOut>(CsvBlock block, int columns, Span<TOut> destination, out int rows, out int largest)
        where TOut : unmanaged
    {
        rows = 0;
        largest = 0;
        int length = block.Length - block.Start;
        if (block.Start < 3 || destination.Length < (long)block.Lines * columns)
        {
            return false;
        }

        ref byte start = ref block.Buffer[block.Start];
        ref TOut output = ref MemoryMarshal.GetReference(destination);
        int allBits = 0;
        Span<ushort> values = stackalloc ushort[64];
        ref ushort value0 = ref values[0];
        int written = 0, rowEnd = columns;
        Vector256<byte> zero = Vector256.Create((byte)'0'), ten = Vector256.Create((byte)10);
        Vector256<byte> comma = Vector256.Create((byte)','), lineFeed = Vector256.Create((byte)'\n');
        Vector256<ushort> ten16 = Vector256.Create((ushort)10), hundred16 = Vector256.Create((ushort)100);
        for (int offset = 0; offset < length; offset += 64)
        {
            ulong ends = 0, lineFeeds = 0, odd = 0;
            for (int half = 0; half < 64; half += 32)
            {
                ref byte at = ref Unsafe.Add(ref start, offset + half);
                Vector256<byte> bytes = Vector256.LoadUnsafe(ref at), next = Vector256.LoadUnsafe(ref Unsafe.Add(ref at, 1));
                Vector256<byte> digit0 = bytes - zero;
                Vector256<byte> digit1 = Vector256.LoadUnsafe(ref Unsafe.Subtract(ref at, 1)) - zero;
                Vector256<byte> digit2 = Vector256.LoadUnsafe(ref Unsafe.Subtract(ref at, 2)) - zero;
                Vector256<byte> digit3 = Vector256.LoadUnsafe(ref Unsafe.Subtract(ref at, 3)) - zero;
                Vector256<byte> isDigit0 = Vector256.LessThan(digit0, ten), isDigit1 = Vector256.LessThan(digit1, ten);
                Vector256<byte> isDigit2 = Vector256.LessThan(digit2, ten) & isDigit1, isDigit3 = Vector256.LessThan(digit3, ten);
                Vector256<byte> isNextDigit = Vector256.LessThan(next - zero, ten);
                Vector256<byte> isSeparator = Vector256.Equals(bytes, comma) | Vector256.Equals(bytes, lineFeed);
                ends |= (ulong)(isDigit0 & ~isNextDigit).ExtractMostSignificantBits() << half;
                lineFeeds |= (ulong)Vector256.Equals(next, lineFeed).ExtractMostSignificantBits() << half;
                // Two separators in a row (an empty cell, a blank line), a fourth digit, or any other byte.
                Vector256<byte> unhandled = (isSeparator & ~isNextDigit) | (isDigit0 & isDigit2 & isDigit3) | ~(isDigit0 | isSeparator);
                odd |= (ulong)unhandled.ExtractMostSignificantBits() << half;
                (Vector256<ushort> low0, Vector256<ushort> high0) = Vector256.Widen(digit0);
                (Vector256<ushort> low1, Vector256<ushort> high1) = Vector256.Widen(digit1 & isDigit1);
                (Vector256<ushort> low2, Vector256<ushort> high2) = Vector256.Widen(digit2 & isDigit2);
                (low0 + (low1 * ten16) + (low2 * hundred16)).StoreUnsafe(ref value0, (nuint)half);
                (high0 + (high1 * ten16) + (high2 * hundred16)).StoreUnsafe(ref value0, (nuint)(half + 16));
            }

            if (length - offset <= 64)
            {
                // Past the block's last byte (a line feed, whose following byte is not the file's) nothing counts.
                ulong keep = length - offset == 64 ? ulong.MaxValue : (1UL << (length - offset)) - 1;
                ends &= keep;
                lineFeeds &= keep;
                odd &= keep >> 1;
            }

            if (odd != 0)
            {
                return false;
            }

            int before = written;
            ulong valueEnds = ends;
            while (ends != 0)
            {
                int value = Unsafe.Add(ref value0, BitOperations.TrailingZeroCount(ends));
                ends &= ends - 1;
                // Bytes or ints: one body per type is compiled, with this test folded away.
                if (typeof(TOut) == typeof(byte))
                {
                    Unsafe.As<TOut, byte>(ref Unsafe.Add(ref output, written++)) = (byte)value;
                }
                else
                {
                    Unsafe.As<TOut, int>(ref Unsafe.Add(ref output, written++)) = value;
                }

                allBits |= value;
            }

            if (!RowsEndAtLineFeeds(valueEnds, lineFeeds, before, written, columns, ref rowEnd))
            {
                return false;
            }
        }

        rows = written / columns;
        // Not the largest value, but a bound of it: all its bits, which is at most 255 exactly when every value is.
        largest = allBits;
        return written == rowEnd - columns;
    }

    /// <summary>
    /// The vector path for bytes on processors with AVX-512 VBMI2: as <see cref="TryParseShortValues"/>, but 64 bytes at
    /// a time and in byte lanes: the tens and hundreds come from two 64-entry table look-ups (<c>vpermb</c>), a value
    /// above 255 is caught by its digits, and the values are packed side by side by one <c>vpcompressb</c> instead of
    /// a loop over the mask's bits. Returns false on anything it does not handle, values above 255 included.
    /// </summary>
    /// <remarks>
    /// The compressed vector is stored whole (64 bytes) while the destination has room for it; the last window and a
    /// destination without that room take the bits one at a time. The compress is kept in a register: its store form
    /// is microcoded and slow on some processors (AMD Zen 4).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseByteValues(CsvBlock block, int columns, Span<byte> destination, out int rows)
    {
        rows = 0;
        int length = block.Length - block.Start;
        if (block.Start < 3 || destination.Length < (long)block.Lines * columns)
        {
            return false;
        }

        ref byte start = ref block.Buffer[block.Start];
        ref byte output = ref MemoryMarshal.GetReference(destination);
        Span<byte> spill = stackalloc byte[64];
        int written = 0, rowEnd = columns, room = destination.Length;
        Vector512<byte> zero = Vector512.Create((byte)'0'), ten = Vector512.Create((byte)10), two = Vector512.Create((byte)2);
        Vector512<byte> fiftyFive = Vector512.Create((byte)55);
        Vector512<byte> comma = Vector512.Create((byte)','), lineFeed = Vector512.Create((byte)'\n');
        Vector512<byte> tens = DigitTable(10), hundreds = DigitTable(100);
        for (int offset = 0; offset < length; offset += 64)
        {
            ref byte at = ref Unsafe.Add(ref start, offset);
            Vector512<byte> bytes = Vector512.LoadUnsafe(ref at), next = Vector512.LoadUnsafe(ref Unsafe.Add(ref at, 1));
            Vector512<byte> digit0 = bytes - zero;
            Vector512<byte> digit1 = Vector512.LoadUnsafe(ref Unsafe.Subtract(ref at, 1)) - zero;
            Vector512<byte> digit2 = Vector512.LoadUnsafe(ref Unsafe.Subtract(ref at, 2)) - zero;
            Vector512<byte> digit3 = Vector512.LoadUnsafe(ref Unsafe.Subtract(ref at, 3)) - zero;
            Vector512<byte> isDigit0 = Vector512.LessThan(digit0, ten), isDigit1 = Vector512.LessThan(digit1, ten);
            Vector512<byte> isDigit2 = Vector512.LessThan(digit2, ten) & isDigit1, isDigit3 = Vector512.LessThan(digit3, ten);
            Vector512<byte> isNextDigit = Vector512.LessThan(next - zero, ten);
            Vector512<byte> isSeparator = Vector512.Equals(bytes, comma) | Vector512.Equals(bytes, lineFeed);
            Vector512<byte> isEnd = isDigit0 & ~isNextDigit;

            // The last two digits (at most 99), then the hundreds modulo 256; 256 to 999 are told by their digits.
            Vector512<byte> lastTwo = digit0 + Avx512Vbmi.PermuteVar64x8(tens, digit1 & isDigit1);
            Vector512<byte> hundred = digit2 & isDigit2;
            Vector512<byte> value = lastTwo + Avx512Vbmi.PermuteVar64x8(hundreds, hundred);
            Vector512<byte> overByte = Vector512.GreaterThan(hundred, two) | (Vector512.Equals(hundred, two) & Vector512.GreaterThan(lastTwo, fiftyFive));

            // Two separators in a row (an empty cell, a blank line), a fourth digit, any other byte, or a value over 255.
            Vector512<byte> unhandled = (isSeparator & ~isNextDigit) | (isDigit0 & isDigit2 & isDigit3) | ~(isDigit0 | isSeparator) | (overByte & isEnd);
            ulong ends = isEnd.ExtractMostSignificantBits();
            ulong lineFeeds = Vector512.Equals(next, lineFeed).ExtractMostSignificantBits();
            ulong odd = unhandled.ExtractMostSignificantBits();
            bool whole = length - offset > 64;
            if (!whole)
            {
                // Past the block's last byte (a line feed, whose following byte is not the file's) nothing counts.
                ulong keep = length - offset == 64 ? ulong.MaxValue : (1UL << (length - offset)) - 1;
                ends &= keep;
                lineFeeds &= keep;
                odd &= keep >> 1;
            }

            if (odd != 0)
            {
                return false;
            }

            int before = written;
            int count = BitOperations.PopCount(ends);
            if (whole && room - written >= 64)
            {
                Avx512Vbmi2.Compress(Vector512<byte>.Zero, isEnd, value).StoreUnsafe(ref output, (nuint)written);
            }
            else
            {
                if (room - written < count)
                {
                    return false;
                }

                value.StoreUnsafe(ref MemoryMarshal.GetReference(spill));
                int index = written;
                for (ulong bits = ends; bits != 0; bits &= bits - 1)
                {
                    Unsafe.Add(ref output, index++) = spill[BitOperations.TrailingZeroCount(bits)];
                }
            }

            written += count;

            if (!RowsEndAtLineFeeds(ends, lineFeeds, before, written, columns, ref rowEnd))
            {
                return false;
            }
        }

        rows = written / columns;
        return written == rowEnd - columns;
    }

    /// <summary>
    /// The row check of the vector paths for one window: each line feed must follow the last value of a row, so the
    /// values before it (<paramref name="before"/> and the window's value ends up to it) make a whole number of rows;
    /// and no row may run past its end. Advances <paramref name="rowEnd"/> past every row the window ends.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool RowsEndAtLineFeeds(ulong ends, ulong lineFeeds, int before, int written, int columns, ref int rowEnd)
    {
        lineFeeds &= ends;
        while (lineFeeds != 0)
        {
            int bit = BitOperations.TrailingZeroCount(lineFeeds);
            lineFeeds &= lineFeeds - 1;
            if (before + BitOperations.PopCount(ends & ((2UL << bit) - 1)) != rowEnd)
            {
                return false;
            }

            rowEnd += columns;
        }

        return written <= rowEnd;
    }

    /// <summary>A 64-entry byte table of <paramref name="factor"/> × d (modulo 256) for the digits d, 0 elsewhere.</summary>
    private static Vector512<byte> DigitTable(int factor)
    {
        Span<byte> table = stackalloc byte[64];
        table.Clear();
        for (int digit = 0; digit < 10; digit++)
        {
            table[digit] = (byte)(factor * digit);
        }

        return Vector512.Create<byte>(table);
    }

    /// <summary>
    /// The scalar fast path: digits, commas and line feeds only, values of up to nine digits. Returns false, having
    /// written rows that the general path then writes again, on an empty cell, a longer value or a row of another length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseDigitsOnly(CsvBlock block, int columns, Span<int> destination, out int rows)
    {
        rows = 0;
        ref byte start = ref block.Buffer[block.Start];
        int length = block.Length - block.Start;
        int valueStart = 0, column = 0, row = 0;
        for (int window = 0; window < length; window += 64)
        {
            ulong separators = SeparatorMask(ref Unsafe.Add(ref start, window));
            if (length - window < 64)
            {
                separators &= (1UL << (length - window)) - 1;
            }

            while (separators != 0)
            {
                int end = window + BitOperations.TrailingZeroCount(separators);
                separators &= separators - 1;
                int digits = end - valueStart;
                bool endsRow = Unsafe.Add(ref start, end) == (byte)'\n';
                int value;
                if ((uint)(digits - 1) < 8)
                {
                    value = EightDigits(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, valueStart)), digits);
                }
                else if (digits == 0 && endsRow && column == 0)
                {
                    // A blank line.
                    valueStart = end + 1;
                    continue;
                }
                else if (digits == 9)
                {
                    // Nine digits always fit an int; ten may not, and the general path words that error.
                    value = (EightDigits(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, valueStart)), 8) * 10) + (Unsafe.Add(ref start, valueStart + 8) - '0');
                }
                else
                {
                    return false;
                }

                if (column == columns)
                {
                    return false;
                }

                destination[(row * columns) + column] = value;
                column++;
                if (endsRow)
                {
                    if (column != columns)
                    {
                        return false;
                    }

                    row++;
                    column = 0;
                }

                valueStart = end + 1;
            }
        }

        rows = row;
        return column == 0;
    }

    /// <summary>Bit i set where byte i of the 64 at <paramref name="source"/> is a comma or a line feed.</summary>
    private static ulong SeparatorMask(ref byte source)
    {
        ulong mask = 0;
        Vector128<byte> comma = Vector128.Create((byte)','), lineFeed = Vector128.Create((byte)'\n');
        for (int part = 0; part < 4; part++)
        {
            Vector128<byte> bytes = Vector128.LoadUnsafe(ref source, (nuint)(part * 16));
            mask |= (ulong)(Vector128.Equals(bytes, comma) | Vector128.Equals(bytes, lineFeed)).ExtractMostSignificantBits() << (part * 16);
        }

        return mask;
    }

    /// <summary>
    /// The value of <paramref name="digits"/> (1 to 8) ASCII digits in the low bytes of a little-endian word: shifted
    /// up so that the bytes below them read as leading zeros, then combined pairwise, fourwise and eightwise
    /// (Lemire's SWAR method: three multiplications, no branch per digit).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EightDigits(ulong word, int digits)
    {
        word = (word << ((8 - digits) * 8)) & 0x0F0F0F0F0F0F0F0F;
        word = (word * 2561) >> 8;
        word = ((word & 0x00FF00FF00FF00FF) * 6553601) >> 16;
        return (int)(((word & 0x0000FFFF0000FFFF) * 42949672960001) >> 32);
    }

    /// <summary>The general path: line by line, every cell through .NET's number parsing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ParseLines<T>(CsvBlock block, int columns, string path, Span<T> destination)
        where T : unmanaged
    {
        ReadOnlySpan<byte> rest = block.Bytes;
        long line = block.FirstLine;
        int rows = 0;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> text = rest[..end];
            rest = rest[(end + 1)..];
            if (!IsBlank(text))
            {
                ParseLine(text, line, columns, path, destination.Slice(rows * columns, columns));
                rows++;
            }

            line++;
        }

        return rows;
    }

    private static void ParseLine<T>(ReadOnlySpan<byte> line, long lineNumber, int columns, string path, Span<T> destination)
        where T : unmanaged
    {
        int found = CountCells(line, path, lineNumber);
        if (found != columns)
        {
            throw new DataFormatException(path, lineNumber, Math.Min(found, columns) + 1, $"expected {columns} cells, as in the first row, found {found}");
        }

        var cells = new CellEnumerator(TrimLineEnd(line), path, lineNumber);
        for (int column = 0; cells.MoveNext(); column++)
        {
            ReadOnlySpan<byte> cell = cells.Current;
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
                throw new DataFormatException(path, lineNumber, column + 1, DescribeBadCell(cell, typeof(T)));
            }
        }
    }

    private static ReadOnlySpan<byte> TrimLineEnd(ReadOnlySpan<byte> line) =>
        !line.IsEmpty && line[^1] == (byte)'\r' ? line[..^1] : line;

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

    /// <summary>
    /// The cells of one line: split at commas, except inside a quoted cell ("…", with "" for a quote), whose content
    /// is the cell. A quote left open at the end of the line is an error on that line: a line break inside quotes is
    /// not read, so an unclosed quote cannot swallow the rest of the file.
    /// </summary>
    private ref struct CellEnumerator(ReadOnlySpan<byte> line, string path, long lineNumber)
    {
        private ReadOnlySpan<byte> _rest = line;
        private bool _done;
        private int _column;

        public ReadOnlySpan<byte> Current { get; private set; }

        public bool MoveNext()
        {
            if (_done)
            {
                return false;
            }

            _column++;
            if (!_rest.IsEmpty && _rest[0] == (byte)'"')
            {
                int close = ClosingQuote(_rest);
                if (close < 0)
                {
                    throw new DataFormatException(path, lineNumber, _column, "a quoted cell has no closing quote on its line");
                }

                Current = _rest[1..close];
                ReadOnlySpan<byte> after = _rest[(close + 1)..];
                if (after.IsEmpty)
                {
                    _done = true;
                }
                else if (after[0] == (byte)',')
                {
                    _rest = after[1..];
                }
                else
                {
                    throw new DataFormatException(path, lineNumber, _column, "text follows the closing quote of a quoted cell");
                }

                return true;
            }

            int comma = _rest.IndexOf((byte)',');
            if (comma < 0)
            {
                Current = _rest;
                _done = true;
            }
            else
            {
                Current = _rest[..comma];
                _rest = _rest[(comma + 1)..];
            }

            return true;
        }

        /// <summary>The index of the quote that closes the cell opened at 0, skipping doubled quotes; -1 if none.</summary>
        private static int ClosingQuote(ReadOnlySpan<byte> text)
        {
            int index = 1;
            while (true)
            {
                int quote = text[index..].IndexOf((byte)'"');
                if (quote < 0)
                {
                    return -1;
                }

                index += quote;
                if (index + 1 < text.Length && text[index + 1] == (byte)'"')
                {
                    index += 2;
                    continue;
                }

                return index;
            }
        }
    }
}
