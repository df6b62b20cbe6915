using RowBench.IO;
using System.Globalization;

namespace RowBench.Analysis.Comparison;

/// <summary>
/// Two runs compared benchmark by benchmark, matched by full name with parameters. Each benchmark gets two one-sided
/// tests (slower, faster); Benjamini and Hochberg's correction over the benchmarks, for each direction, keeps the share
/// of false "slower" verdicts at α, and so the chance of any false "slower" when nothing changed (likewise "faster");
/// a direction is given only when its adjusted p-value is below α.
/// </summary>
public sealed class RunComparison
{
    private RunComparison(
        BenchmarkResultSet baseRun,
        BenchmarkResultSet newRun,
        ComparisonOptions options,
        ISampleComparer comparer,
        IReadOnlyList<BenchmarkComparison> compared,
        IReadOnlyList<string> onlyInBase,
        IReadOnlyList<string> onlyInNew)
    {
        Base = baseRun;
        New = newRun;
        Options = options;
        SignificanceLevel = comparer.SignificanceLevel;
        TestName = comparer.Name;
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

    /// <summary>The family-wise significance level.</summary>
    public double SignificanceLevel { get; }

    /// <summary>The test's name, such as "Mann–Whitney".</summary>
    public string TestName { get; }

    /// <summary>How many tests each direction's correction counted: one per benchmark compared.</summary>
    public int FamilySize => Compared.Count;

    /// <summary>The benchmarks in both runs, slower first, then unknown, faster and same; by ratio within each.</summary>
    public IReadOnlyList<BenchmarkComparison> Compared { get; }

    /// <summary>Benchmarks of the base run that the new run lacks.</summary>
    public IReadOnlyList<string> OnlyInBase { get; }

    /// <summary>Benchmarks of the new run that the base run lacks.</summary>
    public IReadOnlyList<string> OnlyInNew { get; }

    /// <summary>The geometric mean of the ratios: the typical change, above 1 slower.</summary>
    public double GeometricMeanRatio => Compared.Count == 0 ? 1 : Math.Exp(Compared.Average(comparison => Math.Log(comparison.Ratio)));

    /// <summary>Benchmarks missing from the new run that fail the gate: all of <see cref="OnlyInBase"/> unless allowed.</summary>
    public IReadOnlyList<string> MissingThatFail => Options.AllowMissing ? [] : OnlyInBase;

    /// <summary>Whether the gate fails: a significant regression, or a benchmark missing from the new run.</summary>
    public bool FailsGate => Count(Verdict.Slower) > 0 || MissingThatFail.Count > 0;

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

        List<(BenchmarkResult Before, BenchmarkResult After)> pairs =
            [.. baseRun.Results.Select(before => (before, after: newRun.Find(before.Key))).Where(pair => pair.after is not null).Select(pair => (pair.before, pair.after!))];
        if (pairs.Count == 0)
        {
            throw new ResultFormatException(newRun.Source, $"has no benchmark in common with {baseRun.Source}");
        }

        // One family per direction: the gate's exit code rests on the "slower" family alone. Benjamini–Hochberg keeps the
        // share of false "slower" verdicts at α, and so the chance of any when nothing changed; "faster" is a second family.
        List<ShiftTestResult> tests = [.. pairs.Select(pair => comparer.Test(pair.Before.Samples, pair.After.Samples, options.Threshold))];
        double[] slower = BenjaminiHochbergCorrection.Adjust([.. tests.Select(test => test.SlowerPValue)]);
        double[] faster = BenjaminiHochbergCorrection.Adjust([.. tests.Select(test => test.FasterPValue)]);
        var compared = new List<BenchmarkComparison>();
        for (int index = 0; index < pairs.Count; index++)
        {
            compared.Add(CompareOne(pairs[index].Before, pairs[index].After, slower[index], faster[index], pairs.Count, options, comparer));
        }

        List<string> onlyInBase = [.. baseRun.Results.Where(result => newRun.Find(result.Key) is null).Select(result => result.Key)];
        List<string> onlyInNew = [.. newRun.Results.Where(result => baseRun.Find(result.Key) is null).Select(result => result.Key)];
        List<BenchmarkComparison> ordered = [.. compared.OrderBy(comparison => ReportOrder(comparison.Verdict)).ThenByDescending(comparison => comparison.Ratio)];
        return new RunComparison(baseRun, newRun, options, comparer, ordered, onlyInBase, onlyInNew);
    }

    private static BenchmarkComparison CompareOne(
        BenchmarkResult before, BenchmarkResult after, double slowerP, double fasterP, int familySize, ComparisonOptions options, ISampleComparer comparer)
    {
        double baseMedian = before.SampleMedianNanoseconds;
        double newMedian = after.SampleMedianNanoseconds;
        double alpha = comparer.SignificanceLevel;
        string unit = comparer.IsPaired ? "paired launches" : before.Launches > 1 || after.Launches > 1 ? "launches" : "iterations";
        string samples = $"{before.Samples.Count} vs {after.Samples.Count} {unit}";
        string family = $"{comparer.Name}, Benjamini–Hochberg over {familySize} tests a direction";
        double smallest = comparer.SmallestPValue(before.Samples.Count, after.Samples.Count) * familySize;
        double relativeThreshold = options.Threshold.NanosecondsFor(baseMedian) / baseMedian;
        Resolution resolution = comparer.Resolve(before.Samples, after.Samples, familySize, relativeThreshold);
        // "Same" is only ever said with what it can see: a bare "same" from a run blind below 30% would read as an all-clear.
        string resolves = $"same — cannot resolve less than {Percent(resolution.MinimumDetectableChange)} here";

        (Verdict verdict, string reason) = true switch
        {
            _ when Math.Abs(newMedian - baseMedian) < options.Noise.NanosecondsFor(baseMedian) =>
                (Verdict.Same, $"{resolves}; difference below the noise floor ({options.Noise}); {samples}"),
            _ when slowerP < alpha => (Verdict.Slower, $"slower by more than {options.Threshold}: p = {P(slowerP)} < α = {P(alpha)} ({family}; {samples})"),
            _ when fasterP < alpha => (Verdict.Faster, $"faster by more than {options.Threshold}: p = {P(fasterP)} < α = {P(alpha)} ({family}; {samples})"),
            _ when smallest >= alpha =>
                (Verdict.Unknown, $"{samples}: too few for α = {P(alpha)} over {familySize} tests (the smallest possible p is {P(Math.Min(1, smallest))})"),
            _ => (Verdict.Same, $"{resolves}; no significant change beyond {options.Threshold}: p slower = {P(slowerP)}, p faster = {P(fasterP)} ({family}; {samples})"),
        };

        // A benchmark that runs in two modes now and then: its verdict stands, and says so, since a mode switch on one
        // side can look like a change.
        foreach ((string side, IReadOnlyList<double> values) in new[] { ("base", before.Samples), ("new", after.Samples) })
        {
            if (Bimodality.Detect(values) is { } bimodal)
            {
                reason += $"; {side} {bimodal.Describe(values.Count, Reports.Units.Time)}";
            }
        }

        return new BenchmarkComparison(
            before.Key, before.Type, before.Method, baseMedian, newMedian, comparer.Ratio(before.Samples, after.Samples), verdict, reason,
            before.Samples.Count, after.Samples.Count, before.AllocatedBytesPerOperation, after.AllocatedBytesPerOperation,
            unit, slowerP, fasterP, resolution);
    }

    private static string P(double value) => value.ToString("G2", CultureInfo.InvariantCulture);

    /// <summary>A change as a percentage for a reason or a report: "23%", or "any change" when nothing can be resolved.</summary>
    public static string Percent(double change) => double.IsPositiveInfinity(change)
        ? "any change (too few samples)"
        : (change * 100).ToString(change < 0.1 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The median of the benchmarks' minimum detectable changes (+∞ when none can resolve anything).</summary>
    public double MedianMinimumDetectableChange
    {
        get
        {
            double[] changes = [.. Compared.Select(row => row.MinimumDetectableChange ?? double.PositiveInfinity).Order()];
            return changes.Length == 0 ? double.PositiveInfinity
                : changes.Length % 2 == 1 ? changes[changes.Length / 2] : (changes[(changes.Length / 2) - 1] + changes[changes.Length / 2]) / 2;
        }
    }

    /// <summary>The benchmark with the largest minimum detectable change, or null when none was compared.</summary>
    public BenchmarkComparison? LeastResolved => Compared.MaxBy(row => row.MinimumDetectableChange ?? double.PositiveInfinity);

    private static int ReportOrder(Verdict verdict) => verdict switch
    {
        Verdict.Slower => 0,
        Verdict.Unknown => 1,
        Verdict.Faster => 2,
        _ => 3,
    };
}
