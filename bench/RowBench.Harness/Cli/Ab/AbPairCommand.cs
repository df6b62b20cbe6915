using System.CommandLine;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// <c>ab-pair</c> (hidden): one paired launch of <c>ab</c>, started by it as a child process. Exits
/// <see cref="PairedLaunch.CannotPair"/> with the reason on one line when the sides cannot be loaded side by side.
/// </summary>
internal static class AbPairCommand
{
    public const string Name = "ab-pair";

    public static Command Create(HarnessConsole console)
    {
        var baseHarness = new Option<string>("--base-harness") { Required = true, Description = "The base side's built RowBench.Harness.dll." };
        var newHarness = new Option<string>("--new-harness") { Required = true, Description = "The new side's built RowBench.Harness.dll." };
        var rows = new Option<int>("--rows") { Description = "Rows of the strategy cases; 0 for the quick preset's.", DefaultValueFactory = _ => 0 };
        var degrees = CliParsers.IntList("--degrees", "Degrees of parallelism; the quick preset's when absent.", minimum: 1, maximum: Strategies.StrategyOptions.MaxDegreeOfParallelism);
        var filter = new Option<string>("--filter") { Description = "A glob over the cases' full names.", DefaultValueFactory = _ => "*" };
        var seed = new Option<int>("--seed") { Description = "Shuffles the cases' order: ab gives each launch its own.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Required = true, Description = "The JSON file of the launch's measurements." };
        var command = new Command(Name, "One paired launch of ab (both sides in this process).")
        {
            baseHarness, newHarness, rows, degrees, filter, seed, output,
        };
        command.Hidden = true;
        command.SetAction(parseResult =>
        {
            PairedLaunch? launch = PairedLaunch.TryLoad(parseResult.GetValue(baseHarness)!, parseResult.GetValue(newHarness)!, out string? reason);
            if (launch is null)
            {
                console.Error.WriteLine($"ab-pair: cannot pair: {reason}");
                return PairedLaunch.CannotPair;
            }

            PairedLaunch.LaunchResult result = launch.Run(
                parseResult.GetValue(rows), [.. parseResult.GetValue(degrees) ?? []], parseResult.GetValue(filter)!, parseResult.GetValue(seed), line => console.Error.WriteLine("ab-pair: " + line));
            PairedLaunch.Write(result, parseResult.GetValue(output)!);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The arguments of a paired launch of <paramref name="options"/>' grid between two built harnesses.</summary>
    public static IReadOnlyList<string> Arguments(AbOptions options, string baseHarness, string newHarness, int seed, string output)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> arguments = [Name, "--base-harness", baseHarness, "--new-harness", newHarness, "--filter", options.Filter, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output];
        if (options.Quick)
        {
            arguments.AddRange(["--rows", HarnessLaunch.QuickRows.ToString(System.Globalization.CultureInfo.InvariantCulture), "--degrees", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return arguments;
    }
}
