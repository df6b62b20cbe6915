using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>A user's transform of double rows: the mean of the row.</summary>
public sealed class RowMeanTransform : IRowTransform<double, double>
{
    public string Name => "row-mean";

    public double Apply(ReadOnlySpan<double> row)
    {
        double sum = 0;
        foreach (double value in row)
        {
            sum += value;
        }

        return row.IsEmpty ? 0 : sum / row.Length;
    }
}

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

/// <summary>Its constructor throws, as one that reads a missing model file would.</summary>
public sealed class ThrowingConstructorTransform : IRowTransform<double, double>
{
    public ThrowingConstructorTransform() => throw new InvalidOperationException("model.bin not found");

    public string Name => "throwing";

    public double Apply(ReadOnlySpan<double> row) => 0;
}

/// <summary>No public parameterless constructor: the loader cannot make it.</summary>
public sealed class NeedsArgumentTransform(int scale) : IRowTransform<int, int>
{
    public string Name => "needs-argument";

    public int Apply(ReadOnlySpan<int> row) => row.Length * scale;
}

/// <summary>Rows of float, which RowBench never reads.</summary>
public sealed class FloatRowTransform : IRowTransform<float, int>
{
    public string Name => "float-rows";

    public int Apply(ReadOnlySpan<float> row) => row.Length;
}

/// <summary>A name with a space, which no command line or benchmark name can carry.</summary>
public sealed class SpacedNameTransform : IRowTransform<int, int>
{
    public string Name => "row sum";

    public int Apply(ReadOnlySpan<int> row) => row.Length;
}

/// <summary>Takes the name of a built-in transform, in another case.</summary>
public sealed class ImpostorFastTransform : IRowTransform<int, int>
{
    public string Name => "FAST";

    public int Apply(ReadOnlySpan<int> row) => row.Length;
}
