using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>A transform that costs next to nothing (the row's length), so that a strategy's own cost per chunk shows.</summary>
internal sealed class NearFreeTransform : IRowTransform<byte, int>, IRowTransform<int, int>
{
    public string Name => "near-free";

    public int Apply(ReadOnlySpan<byte> row) => row.Length;

    public int Apply(ReadOnlySpan<int> row) => row.Length;
}
