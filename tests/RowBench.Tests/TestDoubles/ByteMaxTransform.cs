using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>A user's transform of byte rows: the largest value.</summary>
public sealed class ByteMaxTransform : IRowTransform<byte, int>
{
    public string Name => "byte-max";

    public int Apply(ReadOnlySpan<byte> row)
    {
        int max = 0;
        foreach (byte value in row)
        {
            max = Math.Max(max, value);
        }

        return max;
    }
}
