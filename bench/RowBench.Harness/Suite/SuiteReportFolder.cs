using RowBench.Analysis;

namespace RowBench.Harness.Suite;

/// <summary>
/// Makes a results folder whole or not at all: the run writes into a hidden staging folder next to it, which
/// replaces the destination only once every report is written.
/// </summary>
internal static class SuiteReportFolder
{
    public sealed record Result(SuiteOutcome Outcome, string? Folder);

    public static Result Produce(string destination, Func<string, SuiteOutcome> runSuite, Action<string, SuiteOutcome> writeReports)
    {
        ArgumentNullException.ThrowIfNull(runSuite);
        ArgumentNullException.ThrowIfNull(writeReports);
        string fullDestination = Path.GetFullPath(destination);
        string parent = Path.GetDirectoryName(fullDestination)!;
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(fullDestination)}.partial-{Guid.NewGuid():N}");
        string artifacts = Path.Combine(staging, ".benchmarkdotnet");
        Directory.CreateDirectory(artifacts);

        try
        {
            SuiteOutcome outcome = runSuite(artifacts);
            if (outcome.BenchmarksRun == 0)
            {
                Directory.Delete(staging, recursive: true);
                return new Result(outcome, null);
            }

            CollectReports(outcome.ArtifactsResultsDirectory, artifacts, staging);
            writeReports(staging, outcome);
            Replace(fullDestination, staging);
            return new Result(outcome, fullDestination);
        }
        catch
        {
            TryDelete(staging);
            throw;
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

        Directory.Delete(artifacts, recursive: true);
    }

    private static void Replace(string destination, string staging)
    {
        if (!Directory.Exists(destination))
        {
            Directory.Move(staging, destination);
            return;
        }

        string previous = destination + $".previous-{Guid.NewGuid():N}";
        Directory.Move(destination, previous);
        Directory.Move(staging, destination);
        Directory.Delete(previous, recursive: true);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
