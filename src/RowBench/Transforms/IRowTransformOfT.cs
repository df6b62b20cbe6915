namespace RowBench.Transforms;

/// <summary>
/// A transform over rows of <typeparamref name="TValue"/> (<c>byte</c>, <c>int</c> or <c>double</c>) that returns one
/// <typeparamref name="TResult"/> (<c>int</c> or <c>double</c>) per row. Implement it once for each row type the data
/// may come in; other combinations are refused when the transform is loaded.
/// </summary>
/// <example>
/// <code>
/// public sealed class RowMean : IRowTransform&lt;double, double&gt;
/// {
///     public string Name =&gt; "row-mean";
///
///     public double Apply(ReadOnlySpan&lt;double&gt; row)
///     {
///         double sum = 0;
///         foreach (double value in row) { sum += value; }
///         return row.IsEmpty ? 0 : sum / row.Length;
///     }
/// }
/// </code>
/// </example>
public interface IRowTransform<TValue, TResult> : IRowTransform
    where TValue : unmanaged
    where TResult : unmanaged
{
    /// <summary>Computes the feature of one row. Called from many threads at once; must not keep the span.</summary>
    TResult Apply(ReadOnlySpan<TValue> row);
}
