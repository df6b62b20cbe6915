namespace RowBench.Transforms;

/// <summary>
/// Digit counts of every three-digit group, packed five digits to a word at 12 bits each, so that adding a group's
/// counts is two additions instead of ten.
/// </summary>
internal static class DigitGroupTable
{
    private const int BitsPerDigit = 12;
    private const ulong FieldMask = (1UL << BitsPerDigit) - 1;

    /// <summary>
    /// A value adds at most 10 to one digit's field (ten equal digits), and a field holds 4,095, so the packed sums
    /// are unpacked every 400 values, before any field can overflow.
    /// </summary>
    public const int ValuesPerFlush = 400;

    /// <summary>Groups written with leading zeros (the lower groups of a longer number): 7 counts as "007".</summary>
    public static readonly ulong[] Full = Build(withLeadingZeros: true);

    /// <summary>Groups written as they stand (the highest group of a number): 7 counts as "7", 0 as "0".</summary>
    public static readonly ulong[] Leading = Build(withLeadingZeros: false);

    public static void Unpack(ulong low, ulong high, Span<long> digitCounts)
    {
        for (int digit = 0; digit < 5; digit++)
        {
            digitCounts[digit] += (long)((low >> (digit * BitsPerDigit)) & FieldMask);
            digitCounts[digit + 5] += (long)((high >> (digit * BitsPerDigit)) & FieldMask);
        }
    }

    private static ulong[] Build(bool withLeadingZeros)
    {
        var table = new ulong[2 * 1000];
        for (int group = 0; group < 1000; group++)
        {
            int digitsToWrite = withLeadingZeros ? 3 : group.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            int rest = group;
            for (int position = 0; position < digitsToWrite; position++)
            {
                int digit = rest % 10;
                rest /= 10;
                int word = digit < 5 ? 0 : 1;
                table[(2 * group) + word] += 1UL << (digit % 5 * BitsPerDigit);
            }
        }

        return table;
    }
}
