namespace RowBench.Transforms;

/// <summary>The transforms by name, as the command line and the benchmarks ask for them.</summary>
public static class TransformCatalog
{
    private static readonly NamedCatalog<IRowTransform> Catalog = new(
        "transform", [FaithfulTransform.Instance, FastTransform.Instance], transform => transform.Name);

    /// <summary>The names, in the order reports list them.</summary>
    public static IReadOnlyList<string> Names => Catalog.Names;

    /// <summary>Returns the transform called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No transform has that name; the message lists the valid names.</exception>
    public static IRowTransform Get(string name) => Catalog.Get(name);

    /// <summary>Finds the transform called <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRowTransform? transform) =>
        Catalog.TryGet(name, out transform);

    /// <summary>The one-line message for an unknown name, listing the valid ones.</summary>
    public static string DescribeUnknown(string? name) => Catalog.DescribeUnknown(name);
}
