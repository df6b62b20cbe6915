using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>A name with a space, which no command line or benchmark name can carry.</summary>
public sealed class SpacedNameTransform : IRowTransform<int, int>
{
    public string Name => "row sum";

    public int Apply(ReadOnlySpan<int> row) => row.Length;
}
