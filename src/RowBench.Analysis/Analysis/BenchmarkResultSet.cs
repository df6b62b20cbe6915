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
        return new BenchmarkResultSet(
            Source,
            [.. Results.Where(result => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(glob, result.Key, ignoreCase: false))],
            Host);
    }

    /// <summary>
    /// Several launches (one process each) of the same benchmarks as one set: each case's samples are the launches'
    /// medians, one per launch, in launch order. A case missing from some launches (it failed there) keeps the others.
    /// </summary>
    public static BenchmarkResultSet CombineLaunches(string source, IReadOnlyList<BenchmarkResultSet> launches)
    {
        ArgumentNullException.ThrowIfNull(launches);
        if (launches.Count == 0)
        {
            throw new ArgumentException("No launch to combine.", nameof(launches));
        }

        var combined = new List<BenchmarkResult>();
        foreach (string key in launches.SelectMany(launch => launch.Results).Select(result => result.Key).Distinct(StringComparer.Ordinal))
        {
            List<BenchmarkResult> cases = [.. launches.Select(launch => launch.Find(key)).OfType<BenchmarkResult>()];
            List<double> medians = [.. cases.Select(result => result.SampleMedianNanoseconds)];
            double mean = medians.Average();
            double deviation = medians.Count < 2 ? 0 : Math.Sqrt(medians.Sum(value => (value - mean) * (value - mean)) / (medians.Count - 1));
            List<double> allocated = [.. cases.Select(result => result.AllocatedBytesPerOperation).OfType<double>()];
            combined.Add(cases[0] with
            {
                MeanNanoseconds = mean,
                MedianNanoseconds = BenchmarkResult.Median(medians),
                StandardDeviationNanoseconds = deviation,
                Samples = medians,
                AllocatedBytesPerOperation = allocated.Count > 0 ? BenchmarkResult.Median(allocated) : null,
                Launches = cases.Count,
            });
        }

        return new BenchmarkResultSet(source, combined, launches[0].Host);
    }

    /// <summary>The cases of one benchmark class.</summary>
    public IEnumerable<BenchmarkResult> OfType(string type) => Results.Where(result => result.Type == type);
}
