namespace RowBench.Transforms;

/// <summary>
/// A per-row feature: one integer computed from one row of values. Implementations are stateless and thread-safe,
/// so strategies may call them from many threads at once.
/// </summary>
public interface IRowTransform
{
    /// <summary>The name used on the command line and in reports, such as <c>faithful</c>.</summary>
    string Name { get; }

    /// <summary>Computes the feature of a row stored at one byte per value (values 0 to 255).</summary>
    int Apply(ReadOnlySpan<byte> row);

    /// <summary>Computes the feature of a row of values over the whole Int32 range.</summary>
    int Apply(ReadOnlySpan<int> row);
}
