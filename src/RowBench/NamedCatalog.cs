namespace RowBench;

/// <summary>
/// Named things looked up by their command-line name, case-insensitively, with one wording for an unknown name: what
/// the strategy and transform catalogs share.
/// </summary>
internal sealed class NamedCatalog<T>(string kind, IReadOnlyList<T> items, Func<T, string> nameOf)
    where T : class
{
    public IReadOnlyList<T> Items { get; } = items;

    public IReadOnlyList<string> Names { get; } = [.. items.Select(nameOf)];

    public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? item)
    {
        item = Items.FirstOrDefault(candidate => string.Equals(nameOf(candidate), name, StringComparison.OrdinalIgnoreCase));
        return item is not null;
    }

    public T Get(string name) => TryGet(name, out T? item) ? item : throw new ArgumentException(DescribeUnknown(name), nameof(name));

    public string DescribeUnknown(string? name) => $"Unknown {kind} '{name}'; expected one of: {string.Join(", ", Names)}.";
}
