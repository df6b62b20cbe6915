using RowBench.History;
using RowBench.Tests.History;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.History;

public class HistoryCommandTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Add_CommittedRunTwice_AddsItOnceAndSaysSo()
    {
        using var directory = new TempDirectory();
        string history = directory.File("history");
        string run = Repository.Path("results", "baseline-quick");

        HarnessRun first = HarnessRun.Of("history", "add", run, "--history", history, "--commit", Sha);
        HarnessRun second = HarnessRun.Of("history", "add", run, "--history", history, "--commit", Sha);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("added run", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing added", second.Output, StringComparison.Ordinal);
        HistoryRun added = Assert.Single(HistoryStore.Read(history).Runs);
        Assert.Equal(Sha, added.Commit);
        Assert.Equal(39, added.Benchmarks.Count);
    }

    [Fact]
    public void Add_OldRunWithACalibrationGiven_RecordsIt()
    {
        using var directory = new TempDirectory();
        string history = directory.File("history");

        HarnessRun run = HarnessRun.Of("history", "add", Repository.Path("results", "baseline-quick"), "--history", history, "--commit", Sha, "--calibration", "9100000");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(9_100_000, Assert.Single(HistoryStore.Read(history).Runs).Machine.CalibrationNanoseconds);
    }

    [Theory]
    [InlineData("missing-folder", Sha, "is not a results folder")]
    [InlineData("empty-folder", Sha, "has no run.json")]
    [InlineData("run", "no-such-revision-anywhere", "is not a revision")]
    public void Add_BadInput_ExitsTwoInOneLine(string folder, string commit, string message)
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.File("empty-folder"));
        string path = folder == "run" ? Repository.Path("results", "baseline-quick") : directory.File(folder);

        HarnessRun run = HarnessRun.Of("history", "add", path, "--history", directory.File("history"), "--commit", commit);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(directory.File("history")));
    }

    [Fact]
    public void Report_StepUpInTheLatestRuns_WritesThePagesAndExitsOne()
    {
        using var directory = new TempDirectory();
        string history = directory.File("history");
        foreach (HistoryRun run in SyntheticHistory.Runs([.. SyntheticHistory.Level(100, 20), .. SyntheticHistory.Level(110, 4)], 0.02, seed: 3))
        {
            HistoryStore.Append(history, run);
        }

        HarnessRun report = HarnessRun.Of("history", "report", "--history", history, "--out", directory.File("page"));

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("ALERT", report.Output, StringComparison.Ordinal);
        string markdown = File.ReadAllText(directory.File("page/history.md"));
        Assert.Contains("| Bench.Case |", markdown, StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(directory.File("page/history.html")), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(directory.File("page/charts"), "*.svg"));
    }

    [Fact]
    public void Ack_AnOpenRegression_StopsItFailingTheReport()
    {
        using var directory = new TempDirectory();
        string history = directory.File("history");
        List<HistoryRun> runs = SyntheticHistory.Runs([.. SyntheticHistory.Level(100, 20), .. SyntheticHistory.Level(110, 12)], 0.02, seed: 3);
        foreach (HistoryRun run in runs)
        {
            HistoryStore.Append(history, run);
        }

        HarnessRun open = HarnessRun.Of("history", "report", "--history", history, "--out", directory.File("page"));
        HarnessRun ack = HarnessRun.Of("history", "ack", runs[20].Commit[..10], "Bench.*", "--history", history, "--reason", "accepted in review");
        HarnessRun accepted = HarnessRun.Of("history", "report", "--history", history, "--out", directory.File("page"));

        Assert.Equal(1, open.ExitCode);
        Assert.Contains("has not recovered", open.Output, StringComparison.Ordinal);
        Assert.Equal(0, ack.ExitCode);
        Assert.True(File.Exists(Path.Combine(history, HistoryAcknowledgement.FileName)));
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("Acknowledged: ", File.ReadAllText(directory.File("page/history.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "7 or more hex digits")]
    [InlineData("zzzzzzzz", "7 or more hex digits")]
    public void Ack_BadCommit_ExitsTwo(string commit, string message)
    {
        using var directory = new TempDirectory();

        HarnessRun run = HarnessRun.Of("history", "ack", commit, "*", "--history", directory.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FlatHistoryWithACorruptLine_ExitsZeroAndNamesTheLine()
    {
        using var directory = new TempDirectory();
        string history = directory.File("history");
        List<HistoryRun> runs = SyntheticHistory.Runs(SyntheticHistory.Level(100, 6), 0.01, seed: 1);
        HistoryStore.Append(history, runs[0]);
        string file = Path.Combine(history, runs[0].Machine.FileName);
        File.AppendAllText(file, "not json\n");
        foreach (HistoryRun run in runs.Skip(1))
        {
            HistoryStore.Append(history, run);
        }

        HarnessRun report = HarnessRun.Of("history", "report", "--history", history, "--out", directory.File("page"));

        Assert.Equal(0, report.ExitCode);
        Assert.Contains($"{file}:2: not a run", report.Error, StringComparison.Ordinal);
        Assert.Contains("6 runs", report.Output, StringComparison.Ordinal);
        Assert.Contains("No step found.", File.ReadAllText(directory.File("page/history.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fail-on-step", "1us")]
    [InlineData("--min-step", "-3%")]
    [InlineData("--since", "yesterday")]
    [InlineData("--alert-runs", "0")]
    public void Report_BadOption_ExitsTwo(string option, string value)
    {
        using var directory = new TempDirectory();
        string history = directory.File("history");
        HistoryStore.Append(history, SyntheticHistory.Runs([100], 0.01, seed: 1)[0]);

        HarnessRun report = HarnessRun.Of("history", "report", "--history", history, "--out", directory.File("page"), option, value);

        Assert.Equal(2, report.ExitCode);
        Assert.False(Directory.Exists(directory.File("page")));
    }

    [Fact]
    public void Report_EmptyHistory_ExitsTwo()
    {
        using var directory = new TempDirectory();

        HarnessRun report = HarnessRun.Of("history", "report", "--history", directory.File("none"), "--out", directory.File("page"));

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("no run in", report.SingleErrorLine(), StringComparison.Ordinal);
    }
}
