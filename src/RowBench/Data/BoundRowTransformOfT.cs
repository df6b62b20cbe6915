using System.Runtime.CompilerServices;
using RowBench.Transforms;

namespace RowBench.Data;

/// <summary>One transform over one array of rows of <typeparamref name="TValue"/>.</summary>
internal sealed class BoundRowTransform<TValue, TResult>(IRowTransform<TValue, TResult> transform, ArraySegment<TValue> values, int rowCount, int columnCount)
    : BoundRowTransform
    where TValue : unmanaged
    where TResult : unmanaged
{
    public override int RowCount => rowCount;

    public override double Apply(int row)
    {
        TResult result = transform.Apply(values.AsSpan(row * columnCount, columnCount));
        // The JIT compiles one body per value type, in which this test is a constant: no branch is left.
        return typeof(TResult) == typeof(int) ? Unsafe.As<TResult, int>(ref result) : Unsafe.As<TResult, double>(ref result);
    }
}
