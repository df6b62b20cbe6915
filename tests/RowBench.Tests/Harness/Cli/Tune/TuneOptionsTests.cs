using RowBench.Analysis.Comparison;
using RowBench.Harness.Cli;
using RowBench.Harness.Cli.Tune;
using RowBench.Harness.Suite;

namespace RowBench.Tests.Harness.Cli.Tune;

public class TuneOptionsTests
{
    [Fact]
    public void LaunchArguments_OneStrategyQuickCheck_ParseAsALaunchOfTheSameSweep()
    {
        var options = new TuneOptions(BenchmarkPreset.Quick, ["plinq"], ["faithful", "fast"], 2, 300, "out", "tuning.json", ChangeThreshold.Parse("10%"));

        string[] arguments = [.. options.LaunchArguments("/scratch/launch-1")];
        var parsed = HarnessCommandLine.Create(HarnessConsole.System).Parse(arguments);

        Assert.Empty(parsed.Errors);
        Assert.Equal(["tune", "--launch", "--out", "/scratch/launch-1", "--degree", "2", "--rows", "300", "--quick", "--strategy", "plinq", "--check", Path.GetFullPath("tuning.json")], arguments);
    }
}
