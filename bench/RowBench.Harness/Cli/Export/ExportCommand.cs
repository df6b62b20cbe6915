using System.CommandLine;
using RowBench.Analysis;
using RowBench.IO;
using RowBench.Reports;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Export;

/// <summary>
/// <c>export RUN_FOLDER --format github-action-benchmark|bencher [--out FILE]</c>: a run in a dashboard's own format,
/// so that an existing github-action-benchmark or Bencher dashboard charts RowBench runs with no glue code.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(HarnessConsole console)
    {
        var folder = new Argument<string>("RUN_FOLDER") { Description = "A results folder the harness wrote, or one *-report-full.json file." };
        var format = CliParsers.NameList(
            "--format",
            $"The dashboard's format: {string.Join(" or ", DashboardExport.Formats)}.",
            DashboardExport.Formats,
            name => $"'{name}' is not a format; use {string.Join(" or ", DashboardExport.Formats)}.");
        format.Required = true;
        var output = new Option<string?>("--out") { Description = "The file to write; standard output when absent." };
        var command = new Command("export", "Write a run in the format of a dashboard: github-action-benchmark's customSmallerIsBetter JSON, or Bencher's metric format.")
        {
            folder, format, output,
        };
        command.SetAction(parseResult =>
        {
            IReadOnlyList<string> formats = parseResult.GetValue(format)!;
            if (formats.Count != 1)
            {
                throw new UsageException("--format: give one format.");
            }

            string? file = parseResult.GetValue(output);
            string run = parseResult.GetValue(folder)!;
            if (file is not null)
            {
                OutputPaths.EnsureFile("export", "--out", file, run);
            }

            string json = DashboardExport.ToJson(BenchmarkResultReader.Read(run), formats[0]);
            if (file is null)
            {
                console.Output.WriteLine(json);
            }
            else
            {
                AtomicFile.Write(file, stream =>
                {
                    using var writer = new StreamWriter(stream, leaveOpen: true);
                    writer.Write(json + Environment.NewLine);
                });
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
