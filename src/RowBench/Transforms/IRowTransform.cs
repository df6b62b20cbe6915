namespace RowBench.Transforms;

/// <summary>
/// A per-row feature, known by name. A transform computes one number from one row of values by implementing
/// <see cref="IRowTransform{TValue, TResult}"/> for the row types it takes (<c>byte</c>, <c>int</c> or <c>double</c>)
/// and the number it returns (<c>int</c> or <c>double</c>); this interface is what the strategies, the command line
/// and the reports hold it by.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: strategies call them from many threads at once. A transform in an assembly
/// given to <c>--transform-assembly</c> needs a public parameterless constructor.
/// </remarks>
public interface IRowTransform
{
    /// <summary>The name used on the command line and in reports, such as <c>faithful</c>: letters, digits and '-'.</summary>
    string Name { get; }
}
