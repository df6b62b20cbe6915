using System.Diagnostics;

namespace RowBench.Harness.Shared;

/// <summary>
/// Running a harness again as a child process: ab's launches of either side, tune's sweeps, the distributed workers.
/// Always <c>dotnet RowBench.Harness.dll …</c>, since this process may be the harness's apphost, or a benchmark process
/// BenchmarkDotNet generated, whose own entry point is not the harness's.
/// </summary>
internal static class HarnessLaunch
{
    /// <summary>
    /// The rows of a quick launch (<c>ab --quick</c>, <c>tune --quick</c>): a faithful case takes about 75 ms, not 250,
    /// so the grid fits its launches in minutes on 2 cores.
    /// </summary>
    public const int QuickRows = 300;

    /// <summary>
    /// Tier-up without the runtime's 100 ms call-counting delay: a launch's few short warm-ups otherwise sometimes measure
    /// tier-0 code (the fast transform's vector path at 11 µs a row instead of 0.5 µs, in 3 of 4 launches here).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string> { ["DOTNET_TC_CallCountingDelayMs"] = "0" };

    /// <summary>This harness's own assembly.</summary>
    public static string Self => typeof(HarnessLaunch).Assembly.Location;

    /// <summary>The dotnet host: this process's own when it is one, else <c>dotnet</c> from the PATH.</summary>
    public static string Host
    {
        get
        {
            string? host = System.Environment.ProcessPath;
            return host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? host : "dotnet";
        }
    }

    /// <summary>The arguments that start <paramref name="harness"/> (an assembly path) with <paramref name="arguments"/>.</summary>
    public static IReadOnlyList<string> Arguments(string harness, IEnumerable<string> arguments) => [harness, .. arguments];

    /// <summary>A start of this harness with <paramref name="arguments"/>, for a process the caller manages itself.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(Host);
        foreach (string argument in Arguments(Self, arguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }
}
