using System.CommandLine;
using RowBench.Data;
using RowBench.IO;

namespace RowBench.Harness.Cli.Dataset;

/// <summary>
/// <c>dataset</c>: writes the synthetic data set to a CSV file, row by row, so that users can make inputs as big as
/// they like (far beyond memory) for <c>features --input</c>.
/// </summary>
internal static class DatasetCommand
{
    public static Command Create(HarnessConsole console)
    {
        var rows = CommonOptions.Positive("--rows", "Rows to write.", SyntheticImageGenerator.DefaultRows);
        var columns = CommonOptions.Columns("Values per row.", SyntheticImageGenerator.DefaultColumns);
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed writes the same bytes.", DefaultValueFactory = _ => SyntheticImageGenerator.DefaultSeed };
        var output = CommonOptions.Out("The CSV file to write.", oldSpelling: "--output");
        output.Required = true;
        var command = new Command("dataset", "Write the synthetic Malimg-like data set as CSV (one row per line, no header).")
        {
            rows, columns, seed, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string path = parseResult.GetValue(output)!;
            int rowCount = parseResult.GetValue(rows), columnCount = parseResult.GetValue(columns), seedValue = parseResult.GetValue(seed);
            await AtomicFile.WriteAsync(path, stream =>
            {
                DataSetCsvWriter.WriteSynthetic(stream, rowCount, columnCount, seedValue, cancellationToken);
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            console.Error.WriteLine($"dataset: {rowCount:N0} rows × {columnCount:N0} values in {path} ({new FileInfo(path).Length:N0} bytes)");
            return ExitCodes.Success;
        });
        return command;
    }
}
