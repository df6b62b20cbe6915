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
/// <param name="Samples">The time per operation of each measured (workload, actual) iteration.</param>
/// <param name="AllocatedBytesPerOperation">Bytes allocated per operation, when the memory diagnoser ran.</param>
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
    double? AllocatedBytesPerOperation)
{
    /// <summary>A parameter's value as an integer, or null when the case has no such parameter.</summary>
    public int? IntParameter(string name) =>
        Parameters.TryGetValue(name, out string? value) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out int number)
            ? number
            : null;

    /// <summary>A parameter's value, or null when the case has no such parameter.</summary>
    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);
}
