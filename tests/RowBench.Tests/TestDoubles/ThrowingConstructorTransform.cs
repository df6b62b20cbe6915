using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>Its constructor throws, as one that reads a missing model file would.</summary>
public sealed class ThrowingConstructorTransform : IRowTransform<double, double>
{
    public ThrowingConstructorTransform() => throw new InvalidOperationException("model.bin not found");

    public string Name => "throwing";

    public double Apply(ReadOnlySpan<double> row) => 0;
}
