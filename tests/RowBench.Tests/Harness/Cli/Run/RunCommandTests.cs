using RowBench.Harness.Cli;
using RowBench.Harness.Cli.Run;
using RowBench.Harness.Suite;
using RowBench.Tests.Harness.Suite;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Run;

public class RunCommandTests
{
    [Fact]
    public void Run_OneBenchmarkThrows_RunsTheOthersAndExitsOneListingIt()
    {
        using var directory = new TempDirectory();
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new HarnessConsole(output, error, () => Stream.Null);

        int exitCode = RunCommand.Run(
            new RunOptions(BenchmarkPreset.Quick, "failing", "*", directory.Path, []), console, [typeof(ThrowingBenchmarks)]);

        Assert.Equal(1, exitCode);
        string[] errors = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, line => line.StartsWith("error: benchmark failed: ThrowingBenchmarks.Throws", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, line => line.Contains("ThrowingBenchmarks.Works", StringComparison.Ordinal));
        Assert.Contains("error: 1 of 2 benchmarks failed", error.ToString(), StringComparison.Ordinal);
        // The benchmark that works was measured and reported.
        string report = File.ReadAllText(Path.Combine(directory.Path, "failing", "RowBench.Tests.Harness.Suite.ThrowingBenchmarks-report-github.md"));
        Assert.Contains("| Works  |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FilterMatchesNothing_ExitsOneWithoutWritingReports()
    {
        using var directory = new TempDirectory();

        HarnessRun run = HarnessRun.Of("run", "--quick", "--filter", "*NoSuchBenchmark*", "--results", directory.Path, "--label", "empty");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: no benchmark ran: nothing matched --filter '*NoSuchBenchmark*'", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(directory.Path));
    }

    [Theory]
    [InlineData("--label", "../escape", "--label: '../escape' is not a folder name")]
    [InlineData("--quick", "--full", "--quick and --full cannot be combined.")]
    [InlineData("--degrees", "1000", "--degrees: '1000' is not a comma-separated list of integers from 1 to 512.")]
    [InlineData("--rows", "0", "--rows: '0' is not a comma-separated list of integers of at least 1.")]
    public void Run_BadOptions_ExitTwo(string first, string second, string expected)
    {
        HarnessRun run = HarnessRun.Of("run", first, second);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DefaultPresetWithABudget_PilotsEachCaseGivesTheLongOneWarmupAndSaysSoInTheSummary()
    {
        using var directory = new TempDirectory();
        var output = new StringWriter();
        var console = new HarnessConsole(output, new StringWriter(), () => Stream.Null);

        int exitCode = RunCommand.Run(
            new RunOptions(BenchmarkPreset.Default, "budgeted", "*", directory.Path, [], InProcess: true, Budget: TimeSpan.FromMinutes(30)), console, [typeof(SleepingBenchmarks)]);

        Assert.Equal(0, exitCode);
        Assert.Contains("run: budget: ", output.ToString(), StringComparison.Ordinal);
        string report = File.ReadAllText(Path.Combine(directory.Path, "budgeted", "RowBench.Tests.Harness.Suite.SleepingBenchmarks-report-github.md"));
        // The long case ran with one warm-up, the short one with the preset's adaptive warm-up: the column shows both.
        Assert.Matches(@"\| LongOperation +\|[^\n]*\| 1 +\|", report);
        string summary = File.ReadAllText(Path.Combine(directory.Path, "budgeted", "summary.md"));
        Assert.Contains("Budget: budget 30 min", summary, StringComparison.Ordinal);
        Assert.Contains("1 cases of an operation of a second or more get 1 warm-up instead of", summary, StringComparison.Ordinal);
        Assert.NotNull(RowBench.Analysis.RunInfo.TryRead(Path.Combine(directory.Path, "budgeted"))!.Budget);
    }
}
