namespace RowBench.Transforms;

/// <summary>The transforms by name, as the command line and the benchmarks ask for them.</summary>
public static class TransformCatalog
{
    private static readonly IRowTransform[] All = [FaithfulTransform.Instance, FastTransform.Instance];

    /// <summary>The names, in the order reports list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(transform => transform.Name)];

    /// <summary>Returns the transform called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No transform has that name; the message lists the valid names.</exception>
    public static IRowTransform Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(transform => string.Equals(transform.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                $"Unknown transform '{name}'; expected one of: {string.Join(", ", Names)}.", nameof(name));
    }
}
