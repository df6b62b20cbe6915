using RowBench.Analysis.Comparison;
using RowBench.Harness.Cli.Ab;

namespace RowBench.Tests.Harness.Ab;

public class AbRunnerTests
{
    [Fact]
    public void LaunchArguments_Quick_RunsTheQuickGridAtTheProcessorCountAndThreeHundredRowsAsOneLaunch()
    {
        var options = new AbOptions("main", "HEAD", Quick: true, "*Strategy*", ChangeThreshold.Parse("5%"), ChangeThreshold.Parse("1us"), 0.05, 8, "out", ".");

        IReadOnlyList<string> arguments = AbRunner.LaunchArguments(options, "new-03", "/scratch/launches");

        Assert.Equal(
            ["run", "--quick", "--launch", "--label", "new-03", "--results", "/scratch/launches", "--filter", "*Strategy*",
             "--degrees", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "--rows", "300"],
            arguments);
    }

    [Fact]
    public void LaunchArguments_ParseAsARunOfTheHarness()
    {
        // The contract between ab and a side's harness: the arguments it passes must be a valid run command line.
        var options = new AbOptions("main", "HEAD", Quick: true, "*", ChangeThreshold.Parse("5%"), ChangeThreshold.Parse("1us"), 0.05, 8, "out", ".");
        string[] arguments = [.. AbRunner.LaunchArguments(options, "base-01", "/tmp/launches")];

        var parsed = RowBench.Harness.Cli.HarnessCommandLine.Create(RowBench.Harness.Cli.HarnessConsole.System).Parse(arguments);

        Assert.Empty(parsed.Errors);
        Assert.Equal("run", parsed.CommandResult.Command.Name);
    }
}
