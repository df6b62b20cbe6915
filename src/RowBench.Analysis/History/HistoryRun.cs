using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RowBench.Analysis;

namespace RowBench.History;

/// <summary>
/// One run of the suite as the history keeps it: one line of JSON with the commit it measured, the machine, and every
/// benchmark's median and samples. <see cref="Id"/> is a hash of the rest, so adding the same run twice adds nothing.
/// </summary>
/// <param name="Id">A hash of every other field: equal runs have equal ids.</param>
/// <param name="Commit">The commit that was measured.</param>
/// <param name="CommitDate">When that commit was made, when known: the history's order.</param>
/// <param name="Label">The run's label.</param>
/// <param name="Preset">The preset it ran (quick, default, full).</param>
/// <param name="CreatedUtc">When the run was made.</param>
/// <param name="Machine">The machine it was made on.</param>
/// <param name="Benchmarks">Every benchmark it measured.</param>
public sealed record HistoryRun(
    string Id,
    string Commit,
    DateTimeOffset? CommitDate,
    string Label,
    string Preset,
    DateTimeOffset CreatedUtc,
    HistoryMachine Machine,
    IReadOnlyList<HistoryBenchmark> Benchmarks)
{
    /// <summary>
    /// The line's <see cref="RowBench.IO.SchemaVersions">schema version</see>; a line from before the field is version 1.
    /// Left out of <see cref="ComputeId"/>, so that a run's id is what it was before the field.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int SchemaVersion { get; init; } = RowBench.IO.SchemaVersions.Current;

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    /// <summary>The time that orders runs: the commit's date, or the run's when the commit's is unknown.</summary>
    [JsonIgnore]
    public DateTimeOffset OrderTime => CommitDate ?? CreatedUtc;

    /// <summary>The first ten characters of the commit.</summary>
    [JsonIgnore]
    public string ShortCommit => Commit.Length > 10 ? Commit[..10] : Commit;

    /// <summary>
    /// A run of the history from a results folder's reports and its run.json. <paramref name="calibrationNanoseconds"/>
    /// stands in for a run.json made before runs recorded a calibration (measured beside the run with <c>calibrate</c>).
    /// </summary>
    public static HistoryRun From(BenchmarkResultSet results, RunInfo run, string commit, DateTimeOffset? commitDate, double? calibrationNanoseconds = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(commit);
        var machine = new HistoryMachine(
            results.Host?.Processor ?? "unknown processor",
            run.ProcessorCount,
            run.OperatingSystem,
            run.CalibrationNanoseconds ?? calibrationNanoseconds);
        List<HistoryBenchmark> benchmarks = [.. results.Results
            .Select(result => new HistoryBenchmark(result.Key, result.SampleMedianNanoseconds, result.Samples, result.Launches))
            .OrderBy(benchmark => benchmark.Key, StringComparer.Ordinal)];
        var unnamed = new HistoryRun("", commit, commitDate, run.Label, run.Preset, run.CreatedUtc, machine, benchmarks);
        return unnamed with { Id = unnamed.ComputeId() };
    }

    /// <summary>The run as one line of JSON.</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads one line of JSON; throws <see cref="JsonException"/> when it is not a run.</summary>
    public static HistoryRun FromJsonLine(string line)
    {
        HistoryRun run = JsonSerializer.Deserialize<HistoryRun>(line, JsonOptions) ?? throw new JsonException("the line is null");
        if (string.IsNullOrWhiteSpace(run.Id) || string.IsNullOrWhiteSpace(run.Commit) || run.Machine is null || run.Benchmarks is null
            || run.Benchmarks.Any(benchmark => benchmark is null || string.IsNullOrEmpty(benchmark.Key) || benchmark.Samples is null || !(benchmark.MedianNanoseconds > 0)))
        {
            throw new JsonException("a field is missing or not positive");
        }

        return run;
    }

    /// <summary>A hash of every field but the id.</summary>
    public string ComputeId()
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes((this with { Id = "", SchemaVersion = 0 }).ToJsonLine()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
