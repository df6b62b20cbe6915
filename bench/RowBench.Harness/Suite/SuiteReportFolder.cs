using RowBench.Analysis;
using RowBench.Harness.Shared;
using RowBench.IO;

namespace RowBench.Harness.Suite;

/// <summary>
/// Makes a results folder whole or not at all: BenchmarkDotNet writes into a hidden scratch folder next to it, and the
/// reports reach the destination through <see cref="AtomicFolder.Replace"/> only once every one is written.
/// </summary>
internal static class SuiteReportFolder
{
    public sealed record Result(SuiteOutcome Outcome, string? Folder);

    /// <exception cref="OutputWriteException">The results folder could not be written or moved into place (exit code 3).</exception>
    /// <exception cref="Cli.UsageException">The destination holds something other than a run (exit code 2), found before anything runs.</exception>
    public static Result Produce(string destination, Func<string, SuiteOutcome> runSuite, Action<string, SuiteOutcome> writeReports)
    {
        ArgumentNullException.ThrowIfNull(runSuite);
        ArgumentNullException.ThrowIfNull(writeReports);
        string fullDestination = Path.GetFullPath(destination);
        EnsureReplaceable(destination);
        string parent = Path.GetDirectoryName(fullDestination)!;
        string artifacts = Path.Combine(parent, $".{Path.GetFileName(fullDestination)}.artifacts-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(artifacts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(destination, ex);
        }

        try
        {
            SuiteOutcome outcome = runSuite(artifacts);
            if (outcome.BenchmarksRun == 0)
            {
                return new Result(outcome, null);
            }

            AtomicFolder.Replace(destination, staging =>
            {
                CollectReports(outcome.ArtifactsResultsDirectory, artifacts, staging);
                writeReports(staging, outcome);
            });
            return new Result(outcome, fullDestination);
        }
        finally
        {
            ScratchFolder.TryDelete(artifacts);
        }
    }

    /// <summary>
    /// A run's folder is replaced whole, so it may only replace a run: a folder with <c>run.json</c>, an empty one, or
    /// none. <c>--label history</c> would otherwise delete the history's runs, and a label aimed at any other folder
    /// its contents.
    /// </summary>
    public static void EnsureReplaceable(string destination)
    {
        if (File.Exists(destination))
        {
            throw new Cli.UsageException($"run: '{destination}' is a file, not a results folder; choose another --label");
        }

        if (Directory.Exists(destination) && !File.Exists(Path.Combine(destination, RunInfo.FileName)) && Directory.EnumerateFileSystemEntries(destination).Any())
        {
            throw new Cli.UsageException($"run: '{destination}' holds something other than a run (no {RunInfo.FileName}), and a run replaces its folder whole; choose another --label or --results");
        }
    }

    private static void CollectReports(string resultsDirectory, string artifacts, string staging)
    {
        foreach (string file in Directory.EnumerateFiles(resultsDirectory))
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }

        // Peak memory figures that benchmark processes wrote (see PeakMemory), one line each.
        string memory = Path.Combine(artifacts, "memory");
        if (Directory.Exists(memory))
        {
            File.WriteAllLines(
                Path.Combine(staging, "peak-memory.csv"),
                [PeakMemoryFile.Header, .. Directory.EnumerateFiles(memory, "*.csv").Order(StringComparer.Ordinal).Select(file => File.ReadAllText(file).Trim())]);
        }

        // BenchmarkDotNet's log holds every measurement and error; it names the run, not the class.
        foreach (string log in Directory.EnumerateFiles(artifacts, "*.log"))
        {
            File.Copy(log, Path.Combine(staging, "benchmarkdotnet.log"), overwrite: true);
        }
    }
}
