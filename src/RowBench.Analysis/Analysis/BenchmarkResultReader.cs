using RowBench.IO;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RowBench.Analysis;

/// <summary>Reads BenchmarkDotNet's full JSON reports (<c>*-report-full.json</c>): a results folder, or one file.</summary>
public static class BenchmarkResultReader
{
    /// <summary>The file name pattern of the reports this reader takes.</summary>
    public const string ReportPattern = "*-report-full.json";

    /// <summary>Reads every report in a folder, or the one file named.</summary>
    /// <exception cref="ResultFormatException">The path is missing, holds no report, or a report is not valid.</exception>
    public static BenchmarkResultSet Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string[] files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, ReportPattern).Order(StringComparer.Ordinal)];
            if (files.Length == 0)
            {
                throw new ResultFormatException(path, $"no BenchmarkDotNet results ({ReportPattern}) in this folder");
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new ResultFormatException(path, "no such folder or file");
        }

        var results = new List<BenchmarkResult>();
        HostInfo? host = null;
        foreach (string file in files)
        {
            (IReadOnlyList<BenchmarkResult> fileResults, HostInfo? fileHost) = ReadFile(file);
            results.AddRange(fileResults);
            host ??= fileHost;
        }

        List<BenchmarkResult> keyed = DisambiguateKeys(results);
        if (keyed.GroupBy(result => result.Key).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            throw new ResultFormatException(path, $"the benchmark '{duplicate.Key}' appears more than once");
        }

        return new BenchmarkResultSet(path, keyed, host);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static (IReadOnlyList<BenchmarkResult>, HostInfo?) ReadFile(string file)
    {
        BenchmarkDotNetReport? report;
        try
        {
            using FileStream stream = File.OpenRead(file);
            report = JsonSerializer.Deserialize<BenchmarkDotNetReport>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new ResultFormatException(file, $"not valid JSON (line {(ex.LineNumber ?? 0) + 1}): {FirstLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultFormatException(file, $"cannot be read: {FirstLine(ex.Message)}");
        }

        if (report?.Benchmarks is null)
        {
            throw new ResultFormatException(file, "not a BenchmarkDotNet full JSON report (no \"Benchmarks\" array)");
        }

        HostInfo? host = report.HostEnvironmentInfo is { } info
            ? new HostInfo(info.ProcessorName ?? "?", info.PhysicalCoreCount, info.LogicalCoreCount, info.OsVersion ?? "?", info.RuntimeVersion ?? "?", info.BenchmarkDotNetVersion ?? "?")
            : null;
        var results = new List<BenchmarkResult>();
        foreach (BenchmarkDotNetCase benchmark in report.Benchmarks)
        {
            if (benchmark is null)
            {
                continue;
            }

            if (benchmark.FullName is null || benchmark.Type is null || benchmark.Method is null)
            {
                throw new ResultFormatException(file, "not a BenchmarkDotNet full JSON report: a benchmark without FullName, Type or Method");
            }

            if (ToResult(benchmark) is { } result)
            {
                results.Add(result);
            }
        }

        return (results, host);
    }

    /// <summary>A case whose benchmark failed has no statistics; it is left out, as BenchmarkDotNet's tables leave it.</summary>
    private static BenchmarkResult? ToResult(BenchmarkDotNetCase benchmark)
    {
        if (benchmark.Statistics is not { } statistics)
        {
            return null;
        }

        var byLaunch = new SortedDictionary<int, List<double>>();
        foreach (BenchmarkDotNetMeasurement measurement in benchmark.Measurements ?? [])
        {
            if (measurement is { IterationMode: "Workload", IterationStage: "Actual", Operations: > 0 })
            {
                if (!byLaunch.TryGetValue(measurement.LaunchIndex, out List<double>? launchSamples))
                {
                    byLaunch[measurement.LaunchIndex] = launchSamples = [];
                }

                launchSamples.Add(measurement.Nanoseconds / measurement.Operations);
            }
        }

        // Several launches (processes): each is one sample, its median; iterations of one process are not independent.
        List<double> samples = byLaunch.Count > 1
            ? [.. byLaunch.Values.Select(launch => BenchmarkResult.Median(launch))]
            : [.. byLaunch.Values.SelectMany(launch => launch)];
        if (samples.Count == 0 && statistics.OriginalValues is { } original)
        {
            samples.AddRange(original);
        }

        return new BenchmarkResult(
            benchmark.FullName!,
            benchmark.Type!,
            benchmark.Method!,
            JobOf(benchmark.DisplayInfo ?? ""),
            ParseParameters(benchmark.Parameters),
            statistics.Mean,
            statistics.Median,
            statistics.StandardDeviation,
            samples,
            benchmark.Memory?.BytesAllocatedPerOperation,
            Math.Max(1, byLaunch.Count));
    }

    /// <summary>"Type.Method: JobId(settings) [params]" gives JobId.</summary>
    private static string JobOf(string displayInfo)
    {
        int colon = displayInfo.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return "";
        }

        string rest = displayInfo[(colon + 2)..];
        int end = rest.IndexOfAny(['(', ' ', '[']);
        return end < 0 ? rest : rest[..end];
    }

    private static Dictionary<string, string> ParseParameters(string? parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in (parameters ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return values;
    }

    /// <summary>Several jobs (Workstation and Server GC) give the same full name: those keys get the job appended.</summary>
    private static List<BenchmarkResult> DisambiguateKeys(List<BenchmarkResult> results)
    {
        HashSet<string> repeated = [.. results.GroupBy(result => result.Key).Where(group => group.Count() > 1).Select(group => group.Key)];
        return [.. results.Select(result => repeated.Contains(result.Key)
            ? result with { Key = string.Create(CultureInfo.InvariantCulture, $"{result.Key} @{result.Job}") }
            : result)];
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
