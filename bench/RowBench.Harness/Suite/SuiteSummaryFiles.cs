using System.Runtime;
using System.Runtime.InteropServices;
using RowBench.Analysis;
using RowBench.Analysis.Summary;
using RowBench.Reports;

namespace RowBench.Harness.Suite;

/// <summary>Writes run.json and the project's own summary.md and summary.html next to BenchmarkDotNet's reports.</summary>
internal static class SuiteSummaryFiles
{
    public static void Write(string folder, string label, BenchmarkPreset preset, SuitePlan plan, bool inProcess = false, bool launchJob = false)
    {
        var run = new RunInfo(
            label,
            preset.ToString().ToLowerInvariant(),
            launchJob ? $"one ab launch: in process, 1 to 3 warm-up iterations until stable, {BenchmarkConfigFactory.LaunchIterations} iterations of {BenchmarkConfigFactory.LaunchIterationMilliseconds} ms" : JobsOf(preset, inProcess),
            preset == BenchmarkPreset.Full ? "Workstation and Server (one job each)" : CurrentGarbageCollector(),
            Environment.ProcessorCount,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            DateTimeOffset.UtcNow,
            MachineCalibration.Measure(),
            plan.ToString());
        run.Write(folder);

        SuiteSummary summary = SuiteSummary.From(BenchmarkResultReader.Read(folder), run, PeakMemoryFile.Read(folder));
        SuiteSummaryReport.Write(summary, $"RowBench summary: {label}", folder);
    }

    private static string JobsOf(BenchmarkPreset preset, bool inProcess) => preset switch
    {
        BenchmarkPreset.Quick => $"in process, 2 to 6 warm-up iterations until stable, {BenchmarkConfigFactory.QuickIterations} iterations of 100 ms",
        BenchmarkPreset.Default => (inProcess ? "in process" : "out of process, 1 launch") + ", 2 to 6 warm-up iterations until stable, 5 iterations of at least 250 ms",
        _ => "out of process, BenchmarkDotNet's default accuracy, WorkstationGC and ServerGC jobs",
    };

    /// <summary>The quick preset runs in this process; the default preset's child processes take the same settings from the project.</summary>
    private static string CurrentGarbageCollector() =>
        (GCSettings.IsServerGC ? "Server" : "Workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent");
}
