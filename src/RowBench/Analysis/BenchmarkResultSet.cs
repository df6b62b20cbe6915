namespace RowBench.Analysis;

/// <summary>The benchmark cases of one run (a results folder or one JSON file), with the machine they ran on.</summary>
public sealed class BenchmarkResultSet
{
    private readonly Dictionary<string, BenchmarkResult> _byKey;

    /// <summary>Creates a set; keys must be unique.</summary>
    public BenchmarkResultSet(string source, IReadOnlyList<BenchmarkResult> results, HostInfo? host)
    {
        ArgumentNullException.ThrowIfNull(results);
        Source = source;
        Results = results;
        Host = host;
        _byKey = results.ToDictionary(result => result.Key, StringComparer.Ordinal);
    }

    /// <summary>The folder or file the results were read from.</summary>
    public string Source { get; }

    /// <summary>Every case, in the order of the reports.</summary>
    public IReadOnlyList<BenchmarkResult> Results { get; }

    /// <summary>The machine, when the reports name it.</summary>
    public HostInfo? Host { get; }

    /// <summary>The case with this key, or null.</summary>
    public BenchmarkResult? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The cases whose key matches <paramref name="glob"/> ('*' any text, '?' one character), as a new set.</summary>
    public BenchmarkResultSet Filter(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        var pattern = new System.Text.RegularExpressions.Regex(
            "^" + System.Text.RegularExpressions.Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return new BenchmarkResultSet(Source, [.. Results.Where(result => pattern.IsMatch(result.Key))], Host);
    }

    /// <summary>The cases of one benchmark class.</summary>
    public IEnumerable<BenchmarkResult> OfType(string type) => Results.Where(result => result.Type == type);
}
