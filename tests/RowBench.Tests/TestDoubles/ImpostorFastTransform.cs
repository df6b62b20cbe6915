using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>Takes the name of a built-in transform, in another case.</summary>
public sealed class ImpostorFastTransform : IRowTransform<int, int>
{
    public string Name => "FAST";

    public int Apply(ReadOnlySpan<int> row) => row.Length;
}
