using BenchmarkDotNet.Loggers;
using RowBench.Harness.Suite;

namespace RowBench.Tests.Harness.Suite;

public class BenchmarkConfigFactoryTests
{
    [Theory]
    [InlineData("Quick", false, false)]
    [InlineData("Default", false, false)]
    [InlineData("Default", true, false)]
    [InlineData("Quick", false, true)]
    [InlineData("Full", false, false)]
    public void Describe_AnyRun_IsWhatTheConfigsJobsDisplay(string presetName, bool inProcess, bool launchJob)
    {
        var preset = Enum.Parse<BenchmarkPreset>(presetName);
        var config = BenchmarkConfigFactory.Create(preset, Path.GetTempPath(), NullLogger.Instance, inProcess, launchJob: launchJob);

        Assert.Equal(string.Join("; ", config.GetJobs().Select(job => job.DisplayInfo)), BenchmarkConfigFactory.Describe(preset, inProcess, launchJob: launchJob));
    }

    [Fact]
    public void Describe_DefaultPresetInProcess_NamesTheInProcessToolchain()
    {
        Assert.Contains("InProcessEmitToolchain", BenchmarkConfigFactory.Describe(BenchmarkPreset.Default, inProcess: true), StringComparison.Ordinal);
        Assert.DoesNotContain("InProcess", BenchmarkConfigFactory.Describe(BenchmarkPreset.Default), StringComparison.Ordinal);
    }
}
