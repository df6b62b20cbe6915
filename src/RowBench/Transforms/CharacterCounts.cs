namespace RowBench.Transforms;

/// <summary>
/// Turns a row's digit and minus-sign counts into the feature: the counts in the joined string are four times those
/// of the row, plus <c>4m - 1</c> separators for <c>m</c> values, and the feature is the sum of the three largest.
/// </summary>
internal static class CharacterCounts
{
    public static int SumOfTopThree(ReadOnlySpan<long> digitCounts, long minusSigns, int valueCount)
    {
        long first = (4L * valueCount) - 1, second = 0, third = 0;
        Consider(4 * minusSigns, ref first, ref second, ref third);
        foreach (long count in digitCounts)
        {
            Consider(4 * count, ref first, ref second, ref third);
        }

        // A row long enough to overflow this would not fit in the faithful transform's string either.
        return checked((int)(first + second + third));
    }

    private static void Consider(long count, ref long first, ref long second, ref long third)
    {
        if (count > first)
        {
            (first, second, third) = (count, first, second);
        }
        else if (count > second)
        {
            (second, third) = (count, second);
        }
        else if (count > third)
        {
            third = count;
        }
    }
}
