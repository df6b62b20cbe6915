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
