namespace RowBench.Analysis.Comparison;

/// <summary>Two runs compared benchmark by benchmark, matched by full name with parameters.</summary>
public sealed class RunComparison
{
    private RunComparison(
        BenchmarkResultSet baseRun,
        BenchmarkResultSet newRun,
        ComparisonOptions options,
        double significanceLevel,
        IReadOnlyList<BenchmarkComparison> compared,
        IReadOnlyList<string> onlyInBase,
        IReadOnlyList<string> onlyInNew)
    {
        Base = baseRun;
        New = newRun;
        Options = options;
        SignificanceLevel = significanceLevel;
        Compared = compared;
        OnlyInBase = onlyInBase;
        OnlyInNew = onlyInNew;
    }

    /// <summary>The base run.</summary>
    public BenchmarkResultSet Base { get; }

    /// <summary>The new run.</summary>
    public BenchmarkResultSet New { get; }

    /// <summary>The threshold and noise floor used.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>The test's significance level.</summary>
    public double SignificanceLevel { get; }

    /// <summary>The benchmarks in both runs, slower first, then unknown, faster and same; by ratio within each.</summary>
    public IReadOnlyList<BenchmarkComparison> Compared { get; }

    /// <summary>Benchmarks of the base run that the new run lacks.</summary>
    public IReadOnlyList<string> OnlyInBase { get; }

    /// <summary>Benchmarks of the new run that the base run lacks.</summary>
    public IReadOnlyList<string> OnlyInNew { get; }

    /// <summary>The geometric mean of the ratios: the typical change, above 1 slower.</summary>
    public double GeometricMeanRatio => Compared.Count == 0 ? 1 : Math.Exp(Compared.Average(comparison => Math.Log(comparison.Ratio)));

    /// <summary>The regressions: significantly slower beyond the threshold.</summary>
    public IEnumerable<BenchmarkComparison> Regressions => Compared.Where(comparison => comparison.Verdict == Verdict.Slower);

    /// <summary>How many benchmarks got each verdict.</summary>
    public int Count(Verdict verdict) => Compared.Count(comparison => comparison.Verdict == verdict);

    /// <summary>Compares <paramref name="newRun"/> with <paramref name="baseRun"/>.</summary>
    /// <exception cref="ResultFormatException">The runs have no benchmark in common.</exception>
    public static RunComparison Compare(BenchmarkResultSet baseRun, BenchmarkResultSet newRun, ComparisonOptions options, ISampleComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(newRun);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(comparer);

        var compared = new List<BenchmarkComparison>();
        foreach (BenchmarkResult before in baseRun.Results)
        {
            if (newRun.Find(before.Key) is { } after)
            {
                compared.Add(CompareOne(before, after, options, comparer));
            }
        }

        if (compared.Count == 0)
        {
            throw new ResultFormatException(newRun.Source, $"has no benchmark in common with {baseRun.Source}");
        }

        List<string> onlyInBase = [.. baseRun.Results.Where(result => newRun.Find(result.Key) is null).Select(result => result.Key)];
        List<string> onlyInNew = [.. newRun.Results.Where(result => baseRun.Find(result.Key) is null).Select(result => result.Key)];
        List<BenchmarkComparison> ordered = [.. compared.OrderBy(comparison => ReportOrder(comparison.Verdict)).ThenByDescending(comparison => comparison.Ratio)];
        return new RunComparison(baseRun, newRun, options, comparer.SignificanceLevel, ordered, onlyInBase, onlyInNew);
    }

    private static BenchmarkComparison CompareOne(BenchmarkResult before, BenchmarkResult after, ComparisonOptions options, ISampleComparer comparer)
    {
        double difference = after.MedianNanoseconds - before.MedianNanoseconds;
        (Verdict verdict, string reason) = true switch
        {
            _ when !comparer.CanDecide(before.Samples.Count, after.Samples.Count) =>
                (Verdict.Unknown, $"{before.Samples.Count} vs {after.Samples.Count} samples: too few for the test at α = {comparer.SignificanceLevel}"),
            _ when Math.Abs(difference) < options.Noise.NanosecondsFor(before.MedianNanoseconds) =>
                (Verdict.Same, $"difference below the noise floor ({options.Noise})"),
            _ => Decide(comparer.Compare(before.Samples, after.Samples, options.Threshold), options.Threshold, comparer.SignificanceLevel),
        };

        return new BenchmarkComparison(
            before.Key, before.Type, before.Method, before.MedianNanoseconds, after.MedianNanoseconds,
            after.MedianNanoseconds / before.MedianNanoseconds, verdict, reason, before.Samples.Count, after.Samples.Count,
            before.AllocatedBytesPerOperation, after.AllocatedBytesPerOperation);
    }

    private static int ReportOrder(Verdict verdict) => verdict switch
    {
        Verdict.Slower => 0,
        Verdict.Unknown => 1,
        Verdict.Faster => 2,
        _ => 3,
    };

    private static (Verdict, string) Decide(Verdict verdict, ChangeThreshold threshold, double alpha) => verdict switch
    {
        Verdict.Slower => (verdict, $"slower by more than {threshold} (Mann–Whitney, α = {alpha})"),
        Verdict.Faster => (verdict, $"faster by more than {threshold} (Mann–Whitney, α = {alpha})"),
        Verdict.Same => (verdict, $"no significant change beyond {threshold}"),
        _ => (verdict, "the test could not decide"),
    };
}
