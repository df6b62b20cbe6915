namespace RowBench.Transforms;

/// <summary>
/// The same feature as <see cref="FaithfulTransform"/>, computed without a single string. The joined string of the
/// notebook holds each value's characters four times plus <c>4m - 1</c> separators for <c>m</c> values, so the
/// feature depends only on how often each digit and the minus sign occur in the row: this transform counts those.
/// </summary>
/// <remarks>
/// Byte rows are counted by <see cref="ByteDigitCounter"/>: 64 bytes at a time with AVX-512 where the machine has
/// it, through a 256-bin histogram elsewhere. Int32 rows are split into groups of three decimal digits, whose digit
/// counts come packed from a table.
/// </remarks>
public sealed class FastTransform : IRowTransform<byte, int>, IRowTransform<int, int>
{
    /// <summary>The shared instance; the transform has no state.</summary>
    public static FastTransform Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "fast";

    /// <inheritdoc />
    public int Apply(ReadOnlySpan<byte> row)
    {
        if (row.IsEmpty)
        {
            return 0;
        }

        Span<long> digitCounts = stackalloc long[10];
        ByteDigitCounter.Count(row, digitCounts);
        return CharacterCounts.SumOfTopThree(digitCounts, minusSigns: 0, valueCount: row.Length);
    }

    /// <inheritdoc />
    public int Apply(ReadOnlySpan<int> row)
    {
        if (row.IsEmpty)
        {
            return 0;
        }

        Span<long> digitCounts = stackalloc long[10];
        long minusSigns = 0;
        ulong low = 0, high = 0;
        int sinceFlush = 0;
        ReadOnlySpan<ulong> full = DigitGroupTable.Full;
        ReadOnlySpan<ulong> leading = DigitGroupTable.Leading;

        foreach (int value in row)
        {
            uint magnitude;
            if (value < 0)
            {
                minusSigns++;
                // Negating in 64 bits keeps Int32.MinValue exact: its magnitude does not fit in an int.
                magnitude = (uint)(-(long)value);
            }
            else
            {
                magnitude = (uint)value;
            }

            while (magnitude >= 1000)
            {
                uint quotient = magnitude / 1000;
                int group = (int)(magnitude - (quotient * 1000));
                low += full[2 * group];
                high += full[(2 * group) + 1];
                magnitude = quotient;
            }

            low += leading[2 * (int)magnitude];
            high += leading[(2 * (int)magnitude) + 1];

            if (++sinceFlush == DigitGroupTable.ValuesPerFlush)
            {
                DigitGroupTable.Unpack(low, high, digitCounts);
                low = high = 0;
                sinceFlush = 0;
            }
        }

        DigitGroupTable.Unpack(low, high, digitCounts);
        return CharacterCounts.SumOfTopThree(digitCounts, minusSigns, row.Length);
    }
}
