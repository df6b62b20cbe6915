using System.CommandLine;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>
/// <c>ab-explain</c> (hidden): the explaining launch of <c>ab --explain</c>, started by it as a child process once the
/// verdicts are in, for the benchmarks it names (<see cref="ExplainLaunch"/>).
/// </summary>
internal static class AbExplainCommand
{
    public const string Name = "ab-explain";

    public const string ResultFile = "explain-launch.json";

    public static Command Create(HarnessConsole console)
    {
        var baseHarness = new Option<string>("--base-harness") { Required = true, Description = "The base side's built RowBench.Harness.dll." };
        var newHarness = new Option<string>("--new-harness") { Required = true, Description = "The new side's built RowBench.Harness.dll." };
        var rows = new Option<int>("--rows") { Description = "Rows of the strategy cases; 0 for the quick preset's.", DefaultValueFactory = _ => 0 };
        var degrees = CliParsers.IntList("--degrees", "Degrees of parallelism; the quick preset's when absent.", minimum: 1, maximum: Strategies.StrategyOptions.MaxDegreeOfParallelism);
        var filter = new Option<string>("--filter") { Description = "The glob the verdicts' launches used.", DefaultValueFactory = _ => "*" };
        var keys = new Option<string[]>("--key") { Required = true, Description = "A benchmark to explain (its full name); repeatable.", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Required = true, Description = "The folder for the traces and explain-launch.json." };
        var command = new Command(Name, "The explaining launch of ab --explain (both sides in this process, traced).")
        {
            baseHarness, newHarness, rows, degrees, filter, keys, output,
        };
        command.Hidden = true;
        command.SetAction(parseResult =>
        {
            if (PairedSide.TryLoadBoth(parseResult.GetValue(baseHarness)!, parseResult.GetValue(newHarness)!, out string? reason) is not { } sides)
            {
                console.Error.WriteLine($"ab-explain: cannot pair: {reason}");
                return Ab.PairedLaunch.CannotPair;
            }

            string folder = parseResult.GetValue(output)!;
            Directory.CreateDirectory(folder);
            IReadOnlyList<ExplainLaunch.Explained> explained = new ExplainLaunch(sides.Base, sides.New).Run(
                parseResult.GetValue(rows), [.. parseResult.GetValue(degrees) ?? []], parseResult.GetValue(filter)!, parseResult.GetValue(keys)!, folder, line => console.Error.WriteLine("ab-explain: " + line));
            ExplainLaunch.Write(explained, Path.Combine(folder, ResultFile));
            return ExitCodes.Success;
        });
        return command;
    }
}
