using System.Runtime;
using System.Runtime.InteropServices;
using RowBench.Analysis;
using RowBench.Analysis.Summary;
using RowBench.Reports;

namespace RowBench.Harness.Suite;

/// <summary>Writes run.json and the project's own summary.md and summary.html next to BenchmarkDotNet's reports.</summary>
internal static class SuiteSummaryFiles
{
    public static void Write(string folder, string label, BenchmarkPreset preset, SuitePlan plan, bool inProcess = false, bool launchJob = false, string? budget = null)
    {
        var run = new RunInfo(
            label,
            preset.ToString().ToLowerInvariant(),
            BenchmarkConfigFactory.Describe(preset, inProcess, launchJob: launchJob),
            preset == BenchmarkPreset.Full ? "Workstation and Server (one job each)" : CurrentGarbageCollector(),
            Environment.ProcessorCount,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            DateTimeOffset.UtcNow,
            MachineCalibration.Measure(),
            plan.ToString())
        {
            Budget = budget,
        };
        run.Write(folder);

        SuiteSummary summary = SuiteSummary.From(BenchmarkResultReader.Read(folder), run, PeakMemoryFile.Read(folder));
        SuiteSummaryReport.Write(summary, $"RowBench summary: {label}", folder);
    }

    /// <summary>The quick preset runs in this process; the default preset's child processes take the same settings from the project.</summary>
    private static string CurrentGarbageCollector() =>
        (GCSettings.IsServerGC ? "Server" : "Workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent");
}
