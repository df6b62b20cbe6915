using System.Globalization;
using System.Text.Json;
using RowBench.Harness.Cli.Ab.Explain;
using RowBench.Harness.Suite;

namespace RowBench.Harness.Cli.Run;

/// <summary>
/// <c>run --trace</c>: after the suite, each case it ran is traced in this process under EventPipe's CPU sampler, as
/// ab's explaining launch traces a side (<see cref="ExplainLaunch.TraceOne"/>), into <c>traces/</c> of the results
/// folder: a speedscope file per case and <c>profiles.json</c>, which <c>compare</c> reads to explain its slower
/// verdicts when both runs hold one.
/// </summary>
internal static class RunTraces
{
    public const string Folder = "traces";

    public const string IndexFile = "profiles.json";

    /// <summary>Traces every case of the installed plan matching <paramref name="filter"/> into <paramref name="resultsFolder"/>.</summary>
    public static void Write(string resultsFolder, string filter, HarnessConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        string folder = Path.Combine(resultsFolder, Folder);
        Directory.CreateDirectory(folder);
        string[] keys = PairedCases.KeysOfInstalledPlan(filter);
        var traced = new List<TracedCase>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int index = 0; index < keys.Length; index++)
        {
            var delegates = PairedCases.Open(keys[index]);
            string name = (index + 1).ToString("000", CultureInfo.InvariantCulture);
            try
            {
                (var profile, double queue) = ExplainLaunch.TraceOne((Func<object?>)delegates[0], Path.Combine(folder, name), Path.Combine(folder, name + ".speedscope.json"));
                traced.Add(new TracedCase(keys[index], profile, queue, name + ".speedscope.json"));
            }
            finally
            {
                ((Action)delegates[1])();
            }

            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run: traced {index + 1} of {keys.Length} in {clock.Elapsed.TotalSeconds:F0} s ({RowBench.Reports.ComparisonReport.DisplayName(keys[index])})"));
        }

        File.WriteAllText(Path.Combine(folder, IndexFile), JsonSerializer.Serialize(traced, JsonOptions));
    }

    /// <summary>
    /// <see cref="Write"/>, but a trace that cannot be taken (diagnostics turned off with DOTNET_EnableDiagnostics=0, a
    /// full disk) costs the traces only, never the run's reports: it is said on one line and the folder is left without
    /// <c>traces/</c>.
    /// </summary>
    public static void TryWrite(string resultsFolder, string filter, HarnessConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            Write(resultsFolder, filter, console);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException
            or Microsoft.Diagnostics.NETCore.Client.ServerNotAvailableException or Microsoft.Diagnostics.NETCore.Client.DiagnosticsClientException)
        {
            if (Directory.Exists(Path.Combine(resultsFolder, Folder)))
            {
                Directory.Delete(Path.Combine(resultsFolder, Folder), recursive: true);
            }

            console.Error.WriteLine($"run: --trace: no traces ({exception.GetType().Name}: {exception.Message.Split('\n')[0]}); the run's reports are kept");
        }
    }

    /// <summary>The traced cases of a results folder by key, or null when it holds none.</summary>
    public static IReadOnlyDictionary<string, TracedCase>? Read(string resultsFolder)
    {
        string index = Path.Combine(resultsFolder, Folder, IndexFile);
        if (!File.Exists(index))
        {
            return null;
        }

        try
        {
            List<TracedCase> cases = JsonSerializer.Deserialize<List<TracedCase>>(File.ReadAllText(index), JsonOptions) ?? [];
            return cases.ToDictionary(each => each.Key, StringComparer.Ordinal);
        }
        catch (JsonException exception)
        {
            throw new UsageException($"{index}: not a traces index ({exception.Message.Split('\n')[0]})");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
