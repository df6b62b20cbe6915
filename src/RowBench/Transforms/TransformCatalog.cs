namespace RowBench.Transforms;

/// <summary>The transforms by name, as the command line and the benchmarks ask for them.</summary>
public static class TransformCatalog
{
    private static readonly IRowTransform[] All = [FaithfulTransform.Instance, FastTransform.Instance];

    /// <summary>The names, in the order reports list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(transform => transform.Name)];

    /// <summary>Returns the transform called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No transform has that name; the message lists the valid names.</exception>
    public static IRowTransform Get(string name) =>
        TryGet(name, out IRowTransform? transform) ? transform : throw new ArgumentException(DescribeUnknown(name), nameof(name));

    /// <summary>Finds the transform called <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRowTransform? transform)
    {
        transform = All.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return transform is not null;
    }

    /// <summary>The one-line message for an unknown name, listing the valid ones.</summary>
    public static string DescribeUnknown(string? name) =>
        $"Unknown transform '{name}'; expected one of: {string.Join(", ", Names)}.";
}
