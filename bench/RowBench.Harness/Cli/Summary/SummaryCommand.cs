using System.CommandLine;
using RowBench.Analysis;
using RowBench.Analysis.Summary;
using RowBench.IO;
using RowBench.Reports;

namespace RowBench.Harness.Cli.Summary;

/// <summary>
/// <c>summary FOLDER</c>: writes summary.md, summary.html and the charts of a results folder again from its JSON
/// reports, such as a folder copied from another machine or a CI artifact.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create(HarnessConsole console)
    {
        var folder = new Argument<string>("FOLDER") { Description = "A results folder of the suite." };
        var command = new Command("summary", "Write a results folder's summary.md, summary.html and charts again from its reports.") { folder };
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetValue(folder)!;
            BenchmarkResultSet results = BenchmarkResultReader.Read(path);
            if (!Directory.Exists(path))
            {
                throw new UsageException($"{path}: summary needs a results folder, not a single report");
            }

            RunInfo? run = RunInfo.TryRead(path);
            SuiteSummary summary = SuiteSummary.From(results, run, PeakMemoryFile.Read(path));
            // Written aside and moved into place: an unwritable folder is exit 3 and leaves the old summary as it was.
            AtomicFolder.Write(path, staging => SuiteSummaryReport.Write(summary, $"RowBench summary: {run?.Label ?? Path.GetFileName(Path.GetFullPath(path))}", staging));
            console.Output.WriteLine($"summary: {Path.Combine(path, "summary.md")}");
            return ExitCodes.Success;
        });
        return command;
    }
}
