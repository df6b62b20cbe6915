using System.Globalization;
using System.Runtime.InteropServices;

namespace RowBench.Transforms;

/// <summary>
/// The notebook's <c>long_feature_engineering_task</c>, step for step: format each value, repeat the list four
/// times, join with '_', count the characters, and sum the three largest counts.
/// </summary>
/// <remarks>
/// It allocates on purpose (a string per value, the joined string, a dictionary): it is the slow, non-vectorised
/// workload whose parallel speed-up the project measures, so it must not be optimised.
/// </remarks>
public sealed class FaithfulTransform : IRowTransform<byte, int>, IRowTransform<int, int>
{
    /// <summary>The shared instance; the transform has no state.</summary>
    public static FaithfulTransform Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "faithful";

    /// <inheritdoc />
    public int Apply(ReadOnlySpan<byte> row)
    {
        var formatted = new List<string>(row.Length);
        foreach (byte value in row)
        {
            formatted.Add(value.ToString(CultureInfo.InvariantCulture));
        }

        return CountTopThree(formatted);
    }

    /// <inheritdoc />
    public int Apply(ReadOnlySpan<int> row)
    {
        var formatted = new List<string>(row.Length);
        foreach (int value in row)
        {
            formatted.Add(value.ToString(CultureInfo.InvariantCulture));
        }

        return CountTopThree(formatted);
    }

    private static int CountTopThree(List<string> formatted)
    {
        // line_str * 4: the whole list repeated, not each element.
        var repeated = new List<string>(formatted.Count * 4);
        for (int copy = 0; copy < 4; copy++)
        {
            repeated.AddRange(formatted);
        }

        string joined = string.Join('_', repeated);

        // Counter(big_str)
        var counts = new Dictionary<char, int>();
        foreach (char character in joined)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, character, out _)++;
        }

        // sum(count for _, count in Counter.most_common(3))
        return counts.Values.OrderByDescending(count => count).Take(3).Sum();
    }
}
