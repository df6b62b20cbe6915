using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RowBench.Data;

// The scalar fast path: values of up to nine digits, one 64-bit word each (SWAR).
internal static partial class CsvRowParser
{
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

                if (column == columns || (row * columns) + column >= destination.Length)
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
}
