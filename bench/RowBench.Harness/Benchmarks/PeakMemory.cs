using System.Globalization;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The process's peak resident set (Linux VmHWM), reset before a benchmark case and read after it, so that a case
/// reports its own peak. Each case of the default and full presets runs in its own process; in the quick preset the
/// cases share one, and the reset only lowers the mark to what earlier cases left resident.
/// </summary>
internal static class PeakMemory
{
    /// <summary>The folder the run command collects the figures from; set in the host, inherited by benchmark processes.</summary>
    public const string DirectoryVariable = "ROWBENCH_MEMORY_DIR";

    public static void Reset()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            // "5" resets the peak resident set size to the current one (Linux 4.0+).
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the figure then covers the whole process.
        }
    }

    /// <summary>Writes the peak since the last reset as a line "method,rows,bytes" in the collecting folder.</summary>
    public static void Record(string method, int rows, string transform, long csvBytes)
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is not { Length: > 0 } directory || ReadPeakBytes() is not { } peak)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(
            Path.Combine(directory, $"{method}-{transform}-{rows}.csv"),
            string.Create(CultureInfo.InvariantCulture, $"{method},{rows},{peak},{transform},{csvBytes}\n"));
    }

    private static long? ReadPeakBytes()
    {
        try
        {
            string? line = File.ReadLines("/proc/self/status").FirstOrDefault(text => text.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
