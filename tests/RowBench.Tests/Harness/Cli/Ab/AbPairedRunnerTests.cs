using RowBench.Harness.Cli.Ab;
using RowBench.Harness.Shared;

namespace RowBench.Tests.Harness.Cli.Ab;

/// <summary>The environment ab's paired launches run in.</summary>
public class AbPairedRunnerTests
{
    [Fact]
    public void Environment_ByDefault_RaisesTheLargeObjectThresholdOnTopOfTheLaunchEnvironment()
    {
        IReadOnlyDictionary<string, string> environment = AbPairedRunner.Environment(gcDefaults: false);

        Assert.Equal(AbPairedRunner.LargeObjectThreshold, environment["DOTNET_GCLOHThreshold"]);
        Assert.All(HarnessLaunch.Environment, variable => Assert.Equal(variable.Value, environment[variable.Key]));
        Assert.Contains("raised to 2 MB", AbPairedRunner.GcSetting(gcDefaults: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_GcDefaults_KeepsTheRuntimesThreshold()
    {
        IReadOnlyDictionary<string, string> environment = AbPairedRunner.Environment(gcDefaults: true);

        Assert.False(environment.ContainsKey("DOTNET_GCLOHThreshold"));
        Assert.Equal(HarnessLaunch.Environment.Count, environment.Count);
    }
}
