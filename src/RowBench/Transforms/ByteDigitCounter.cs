using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RowBench.Transforms;

/// <summary>
/// Counts how often each decimal digit occurs when every byte of a row is written in decimal: the heart of
/// <see cref="FastTransform"/> on byte rows.
/// </summary>
internal static class ByteDigitCounter
{
    private static readonly byte[] OnesDigit = BuildTable(value => value % 10);

    // 0xFF marks a value without a tens digit, so that it matches no digit.
    private static readonly byte[] TensDigit = BuildTable(value => value < 10 ? 0xFF : value / 10 % 10);

    private static readonly Vector512<byte> Ones0 = Vector512.Create<byte>(OnesDigit.AsSpan(0, 64));
    private static readonly Vector512<byte> Ones1 = Vector512.Create<byte>(OnesDigit.AsSpan(64, 64));
    private static readonly Vector512<byte> Ones2 = Vector512.Create<byte>(OnesDigit.AsSpan(128, 64));
    private static readonly Vector512<byte> Ones3 = Vector512.Create<byte>(OnesDigit.AsSpan(192, 64));
    private static readonly Vector512<byte> Tens0 = Vector512.Create<byte>(TensDigit.AsSpan(0, 64));
    private static readonly Vector512<byte> Tens1 = Vector512.Create<byte>(TensDigit.AsSpan(64, 64));
    private static readonly Vector512<byte> Tens2 = Vector512.Create<byte>(TensDigit.AsSpan(128, 64));
    private static readonly Vector512<byte> Tens3 = Vector512.Create<byte>(TensDigit.AsSpan(192, 64));

    /// <summary>Whether <see cref="CountVectorized"/> can run on this machine (AVX-512 VBMI byte permutes).</summary>
    public static bool IsVectorizedSupported => Avx512Vbmi.IsSupported;

    /// <summary>Adds the digit counts of <paramref name="row"/> to <paramref name="digitCounts"/>, the fastest way this machine allows.</summary>
    public static void Count(ReadOnlySpan<byte> row, Span<long> digitCounts)
    {
        if (IsVectorizedSupported && row.Length >= Vector512<byte>.Count)
        {
            CountVectorized(row, digitCounts);
        }
        else
        {
            CountWithHistogram(row, digitCounts);
        }
    }

    /// <summary>
    /// Portable path: a 256-bin histogram (four interleaved copies, so that runs of one value do not serialise on
    /// one counter), then each bin weighed by its value's digits.
    /// </summary>
    public static void CountWithHistogram(ReadOnlySpan<byte> row, Span<long> digitCounts)
    {
        Span<int> histogram = stackalloc int[4 * 256];
        int index = 0;
        for (; index <= row.Length - 4; index += 4)
        {
            histogram[row[index]]++;
            histogram[256 + row[index + 1]]++;
            histogram[512 + row[index + 2]]++;
            histogram[768 + row[index + 3]]++;
        }

        for (; index < row.Length; index++)
        {
            histogram[row[index]]++;
        }

        // Walk the values as (tens, ones) pairs, so that no division runs per value.
        int value = 0;
        for (int tens = 0; tens <= 25; tens++)
        {
            long withThisTens = 0;
            for (int ones = 0; ones < 10 && value < 256; ones++, value++)
            {
                long occurrences = histogram[value] + histogram[256 + value] + histogram[512 + value] + histogram[768 + value];
                digitCounts[ones] += occurrences;
                withThisTens += occurrences;
            }

            if (tens > 0)
            {
                digitCounts[tens % 10] += withThisTens;
            }

            if (tens >= 10)
            {
                digitCounts[tens / 10] += withThisTens;
            }
        }
    }

    /// <summary>
    /// AVX-512 path, 64 bytes at a time: two 256-entry byte permutes give each byte's ones and tens digit, a compare
    /// per digit gives a mask, and the masks' population counts are the digit counts. Hundreds digits are 1 or 2,
    /// counted by two compares.
    /// </summary>
    public static void CountVectorized(ReadOnlySpan<byte> row, Span<long> digitCounts)
    {
        ref byte start = ref MemoryMarshal.GetReference(row);
        int length = row.Length;
        int index = 0;
        long atLeast100 = 0, atLeast200 = 0;
        long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
        Vector512<byte> hundred = Vector512.Create((byte)100), twoHundred = Vector512.Create((byte)200);

        for (; index <= length - Vector512<byte>.Count; index += Vector512<byte>.Count)
        {
            Vector512<byte> values = Vector512.LoadUnsafe(ref start, (nuint)index);
            // The permutes read 7 index bits; the top bit picks between the lower and upper half of the table.
            Vector512<byte> upperHalf = Vector512.LessThan(values.AsSByte(), Vector512<sbyte>.Zero).AsByte();
            Vector512<byte> ones = Vector512.ConditionalSelect(
                upperHalf, Avx512Vbmi.PermuteVar64x8x2(Ones2, values, Ones3), Avx512Vbmi.PermuteVar64x8x2(Ones0, values, Ones1));
            Vector512<byte> tens = Vector512.ConditionalSelect(
                upperHalf, Avx512Vbmi.PermuteVar64x8x2(Tens2, values, Tens3), Avx512Vbmi.PermuteVar64x8x2(Tens0, values, Tens1));

            atLeast100 += CountSet(Vector512.GreaterThanOrEqual(values, hundred));
            atLeast200 += CountSet(Vector512.GreaterThanOrEqual(values, twoHundred));
            c0 += CountDigit(ones, tens, 0);
            c1 += CountDigit(ones, tens, 1);
            c2 += CountDigit(ones, tens, 2);
            c3 += CountDigit(ones, tens, 3);
            c4 += CountDigit(ones, tens, 4);
            c5 += CountDigit(ones, tens, 5);
            c6 += CountDigit(ones, tens, 6);
            c7 += CountDigit(ones, tens, 7);
            c8 += CountDigit(ones, tens, 8);
            c9 += CountDigit(ones, tens, 9);
        }

        digitCounts[0] += c0;
        digitCounts[1] += c1 + atLeast100 - atLeast200;
        digitCounts[2] += c2 + atLeast200;
        digitCounts[3] += c3;
        digitCounts[4] += c4;
        digitCounts[5] += c5;
        digitCounts[6] += c6;
        digitCounts[7] += c7;
        digitCounts[8] += c8;
        digitCounts[9] += c9;

        if (index < length)
        {
            CountWithHistogram(row[index..], digitCounts);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountDigit(Vector512<byte> ones, Vector512<byte> tens, byte digit)
    {
        Vector512<byte> wanted = Vector512.Create(digit);
        return CountSet(Vector512.Equals(ones, wanted)) + CountSet(Vector512.Equals(tens, wanted));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountSet(Vector512<byte> mask) => BitOperations.PopCount(mask.ExtractMostSignificantBits());

    private static byte[] BuildTable(Func<int, int> digitOf)
    {
        var table = new byte[256];
        for (int value = 0; value < 256; value++)
        {
            table[value] = (byte)digitOf(value);
        }

        return table;
    }
}
