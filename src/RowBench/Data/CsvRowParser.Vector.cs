using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RowBench.Data;

// The vector paths: values of one to three digits 32 (AVX2) or 64 (AVX-512 VBMI2) bytes a step.
internal static partial class CsvRowParser
{
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
        if (!FitsVectorPath(block, columns, destination.Length))
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

            if (!KeepWithinBlock(length - offset, ref ends, ref lineFeeds, odd))
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
        if (!FitsVectorPath(block, columns, destination.Length))
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
            if (!KeepWithinBlock(length - offset, ref ends, ref lineFeeds, odd))
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
    /// Whether the vector paths can take the block: they read 3 bytes before it (its headroom) and write every row
    /// straight into <paramref name="room"/> values.
    /// </summary>
    private static bool FitsVectorPath(CsvBlock block, int columns, int room) =>
        block.Start >= 3 && room >= (long)block.Lines * columns;

    /// <summary>
    /// For a window of 64 bytes with <paramref name="left"/> of the block's bytes in it: drops the value ends and line
    /// feeds past the block's last byte (a line feed, whose following byte is not the file's), and says whether the
    /// window holds nothing the path does not handle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeepWithinBlock(int left, ref ulong ends, ref ulong lineFeeds, ulong odd)
    {
        if (left <= 64)
        {
            ulong keep = left == 64 ? ulong.MaxValue : (1UL << left) - 1;
            ends &= keep;
            lineFeeds &= keep;
            odd &= keep >> 1;
        }

        return odd == 0;
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
}
