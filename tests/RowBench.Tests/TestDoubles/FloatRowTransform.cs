using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>Rows of float, which RowBench never reads.</summary>
public sealed class FloatRowTransform : IRowTransform<float, int>
{
    public string Name => "float-rows";

    public int Apply(ReadOnlySpan<float> row) => row.Length;
}
