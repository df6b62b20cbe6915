using System.Globalization;
using System.Text.Json;

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

    private static (IReadOnlyList<BenchmarkResult>, HostInfo?) ReadFile(string file)
    {
        try
        {
            using FileStream stream = File.OpenRead(file);
            using JsonDocument document = JsonDocument.Parse(stream);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Benchmarks", out JsonElement benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
            {
                throw new ResultFormatException(file, "not a BenchmarkDotNet full JSON report (no \"Benchmarks\" array)");
            }

            HostInfo? host = root.TryGetProperty("HostEnvironmentInfo", out JsonElement hostElement) ? ReadHost(hostElement) : null;
            var results = new List<BenchmarkResult>();
            foreach (JsonElement benchmark in benchmarks.EnumerateArray())
            {
                if (ReadBenchmark(benchmark) is { } result)
                {
                    results.Add(result);
                }
            }

            return (results, host);
        }
        catch (JsonException ex)
        {
            throw new ResultFormatException(file, $"not valid JSON (line {ex.LineNumber + 1}): {FirstLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new ResultFormatException(file, $"not a BenchmarkDotNet full JSON report: {FirstLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultFormatException(file, $"cannot be read: {FirstLine(ex.Message)}");
        }
    }

    /// <summary>A case whose benchmark failed has no statistics; it is left out, as BenchmarkDotNet's tables leave it.</summary>
    private static BenchmarkResult? ReadBenchmark(JsonElement benchmark)
    {
        if (!benchmark.TryGetProperty("Statistics", out JsonElement statistics) || statistics.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string fullName = benchmark.GetProperty("FullName").GetString()!;
        var byLaunch = new SortedDictionary<int, List<double>>();
        if (benchmark.TryGetProperty("Measurements", out JsonElement measurements))
        {
            foreach (JsonElement measurement in measurements.EnumerateArray())
            {
                if (measurement.GetProperty("IterationMode").GetString() == "Workload"
                    && measurement.GetProperty("IterationStage").GetString() == "Actual")
                {
                    int launch = measurement.TryGetProperty("LaunchIndex", out JsonElement index) && index.TryGetInt32(out int number) ? number : 1;
                    if (!byLaunch.TryGetValue(launch, out List<double>? launchSamples))
                    {
                        byLaunch[launch] = launchSamples = [];
                    }

                    launchSamples.Add(measurement.GetProperty("Nanoseconds").GetDouble() / measurement.GetProperty("Operations").GetDouble());
                }
            }
        }

        // Several launches (processes): each is one sample, its median; iterations of one process are not independent.
        List<double> samples = byLaunch.Count > 1
            ? [.. byLaunch.Values.Select(launch => BenchmarkResult.Median(launch))]
            : [.. byLaunch.Values.SelectMany(launch => launch)];

        if (samples.Count == 0 && statistics.TryGetProperty("OriginalValues", out JsonElement original))
        {
            samples.AddRange(original.EnumerateArray().Select(value => value.GetDouble()));
        }

        double? allocated = benchmark.TryGetProperty("Memory", out JsonElement memory)
            && memory.ValueKind == JsonValueKind.Object
            && memory.TryGetProperty("BytesAllocatedPerOperation", out JsonElement bytes)
            && bytes.ValueKind == JsonValueKind.Number
                ? bytes.GetDouble()
                : null;

        return new BenchmarkResult(
            fullName,
            benchmark.GetProperty("Type").GetString()!,
            benchmark.GetProperty("Method").GetString()!,
            JobOf(benchmark.GetProperty("DisplayInfo").GetString() ?? ""),
            ParseParameters(benchmark.TryGetProperty("Parameters", out JsonElement parameters) ? parameters.GetString() : null),
            statistics.GetProperty("Mean").GetDouble(),
            statistics.GetProperty("Median").GetDouble(),
            statistics.GetProperty("StandardDeviation").GetDouble(),
            samples,
            allocated,
            Math.Max(1, byLaunch.Count));
    }

    private static HostInfo ReadHost(JsonElement host)
    {
        string Text(string name) => host.TryGetProperty(name, out JsonElement value) ? value.ToString() : "?";
        int Number(string name) => host.TryGetProperty(name, out JsonElement value) && value.TryGetInt32(out int number) ? number : 0;
        return new HostInfo(
            Text("ProcessorName"),
            Number("PhysicalCoreCount"),
            Number("LogicalCoreCount"),
            Text("OsVersion"),
            Text("RuntimeVersion"),
            Text("BenchmarkDotNetVersion"));
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
