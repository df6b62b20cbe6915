namespace RowBench.Analysis;

/// <summary>One benchmark case of a BenchmarkDotNet run, as its full JSON report describes it.</summary>
/// <param name="Key">The name it is matched by across runs: its full name, parameters included (and its job, where a
/// run has several jobs for the same case).</param>
/// <param name="Type">The benchmark class, such as <c>StrategyBenchmarks</c>.</param>
/// <param name="Method">The benchmark method, such as <c>ParallelFor</c>.</param>
/// <param name="Job">The job's id, such as <c>Quick</c> or <c>ServerGC</c>.</param>
/// <param name="Parameters">The parameter values by name.</param>
/// <param name="MeanNanoseconds">The mean time per operation.</param>
/// <param name="MedianNanoseconds">The median time per operation.</param>
/// <param name="StandardDeviationNanoseconds">The standard deviation of the time per operation.</param>
/// <param name="Samples">The samples a comparison tests: with one launch, the time per operation of each measured
/// (workload, actual) iteration; with several, each launch's median of those, since iterations of one process are not
/// independent of one another.</param>
/// <param name="AllocatedBytesPerOperation">Bytes allocated per operation, when the memory diagnoser ran.</param>
/// <param name="Launches">How many processes measured the case: more than one makes each launch one sample.</param>
public sealed record BenchmarkResult(
    string Key,
    string Type,
    string Method,
    string Job,
    IReadOnlyDictionary<string, string> Parameters,
    double MeanNanoseconds,
    double MedianNanoseconds,
    double StandardDeviationNanoseconds,
    IReadOnlyList<double> Samples,
    double? AllocatedBytesPerOperation,
    int Launches = 1)
{
    /// <summary>What one sample is: "launches" or "iterations".</summary>
    public string SampleUnit => Launches > 1 ? "launches" : "iterations";

    /// <summary>The median of <see cref="Samples"/>: the figure compare reports, from the same stage as its test.</summary>
    public double SampleMedianNanoseconds => Median(Samples);

    /// <summary>The median of some values (the mean of the middle two for an even count); NaN for none.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>A parameter's value as an integer, or null when the case has no such parameter.</summary>
    public int? IntParameter(string name) =>
        Parameters.TryGetValue(name, out string? value) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out int number)
            ? number
            : null;

    /// <summary>A parameter's value, or null when the case has no such parameter.</summary>
    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);
}
