using System.Globalization;
using RowBench.Analysis;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Tune;

/// <summary>
/// The launches of a tune: processes of this harness (<c>tune --launch</c>) run one after another, each sweeping the
/// grid once into its own folder of a scratch directory; their reports are kept beside the tuning.
/// </summary>
internal static class TuneLaunches
{
    /// <summary>Runs the launches one after another, each a process of this harness; returns a failure's message, or null.</summary>
    public static string? Run(TuneOptions options, HarnessConsole console, string scratch)
    {
        Directory.CreateDirectory(scratch);
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        for (int index = 1; index <= options.Launches; index++)
        {
            string log = Path.Combine(scratch, $"launch-{index}.log");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            int exitCode = ChildProcess.Run(HarnessLaunch.Host, HarnessLaunch.Arguments(HarnessLaunch.Self, options.LaunchArguments(Folder(scratch, index))), Directory.GetCurrentDirectory(), log, HarnessLaunch.Environment);
            if (exitCode != 0)
            {
                string tail = string.Join(" | ", File.ReadLines(log).Where(line => line.StartsWith("error:", StringComparison.Ordinal)).TakeLast(3));
                return $"launch {index} of the sweep exited {exitCode}; no tuning was written ({tail})";
            }

            // Every launch sweeps the same grid: the launches so far are the best estimate of those to come.
            double left = elapsed.Elapsed.TotalSeconds / index * (options.Launches - index);
            console.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tune: launch {index}/{options.Launches} in {clock.Elapsed.TotalSeconds:F1} s; {elapsed.Elapsed.TotalMinutes:F1} min elapsed{(index < options.Launches ? $", about {left / 60:F1} min left (ends ~{DateTime.Now.AddSeconds(left):HH:mm})" : "")}"));
        }

        return null;
    }

    public static void KeepReports(string scratch, string folder, int launches)
    {
        for (int index = 1; index <= launches; index++)
        {
            string target = Path.Combine(folder, "launches", $"launch-{index}");
            Directory.CreateDirectory(target);
            foreach (string report in Directory.EnumerateFiles(Folder(scratch, index), BenchmarkResultReader.ReportPattern))
            {
                File.Copy(report, Path.Combine(target, Path.GetFileName(report)));
            }
        }
    }

    public static string Folder(string scratch, int index) => Path.Combine(scratch, $"launch-{index}");

}
