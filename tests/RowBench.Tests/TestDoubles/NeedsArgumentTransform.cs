using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>No public parameterless constructor: the loader cannot make it.</summary>
public sealed class NeedsArgumentTransform(int scale) : IRowTransform<int, int>
{
    public string Name => "needs-argument";

    public int Apply(ReadOnlySpan<int> row) => row.Length * scale;
}
