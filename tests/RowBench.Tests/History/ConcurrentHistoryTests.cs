using RowBench.History;
using RowBench.IO;
using RowBench.Tests.Harness.Cli;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.History;

/// <summary>Several writers at once on one history: CI jobs of several branches appending, and reports beside them.</summary>
public class ConcurrentHistoryTests
{
    [Fact]
    public void Append_EightWritersAtOnce_KeepsEveryRun()
    {
        using var directory = new TempDirectory();
        string history = directory.File("runs");
        List<HistoryRun> runs = SyntheticHistory.Runs(SyntheticHistory.Level(100, 8), 0.02, seed: 3);
        using var start = new Barrier(runs.Count);

        Parallel.ForEach(runs, new ParallelOptions { MaxDegreeOfParallelism = runs.Count }, run =>
        {
            start.SignalAndWait();
            Assert.True(HistoryStore.Append(history, run));
        });

        Assert.Equal(runs.Select(run => run.Id).Order(), HistoryStore.Read(history).Runs.Select(run => run.Id).Order());
        Assert.Equal(8, File.ReadAllLines(Path.Combine(history, SyntheticHistory.Machine.FileName)).Length);
    }

    [Fact]
    public async Task Append_RacingReportsIntoTheFolderThatHoldsTheHistory_KeepsEveryRun()
    {
        using var directory = new TempDirectory();
        string folder = directory.File("history");
        string history = Path.Combine(folder, "runs");
        List<HistoryRun> runs = SyntheticHistory.Runs(SyntheticHistory.Level(100, 12), 0.02, seed: 4);
        foreach (HistoryRun run in runs.Take(4))
        {
            HistoryStore.Append(history, run);
        }

        // The report's default --out holds its default --history: before, the report swapped the whole folder and an
        // add landing between its copy and its swap was lost.
        Task<HarnessRun>[] reports = [.. Enumerable.Range(0, 3).Select(_ => Task.Run(() => HarnessRun.Of("history", "report", "--history", history, "--out", folder)))];
        Parallel.ForEach(runs.Skip(4), new ParallelOptions { MaxDegreeOfParallelism = 4 }, run => HistoryStore.Append(history, run));
        HarnessRun[] finished = await Task.WhenAll(reports);

        Assert.All(finished, report => Assert.Equal(0, report.ExitCode));
        Assert.Equal(12, HistoryStore.Read(history).Runs.Count);
        Assert.True(File.Exists(Path.Combine(folder, "history.md")));
        Assert.Empty(Directory.EnumerateDirectories(directory.Path, ".*"));
    }

    [Fact]
    public void Acquire_HeldByAnotherWriter_WaitsAndThenSaysWho()
    {
        using var directory = new TempDirectory();
        using (FolderLock.Acquire(directory.Path, TimeSpan.FromSeconds(1)))
        {
            OutputWriteException exception = Assert.Throws<OutputWriteException>(() => FolderLock.Acquire(directory.Path, TimeSpan.FromMilliseconds(100)));
            Assert.Contains(FolderLock.FileName, exception.Message, StringComparison.Ordinal);
        }

        using FolderLock again = FolderLock.Acquire(directory.Path, TimeSpan.FromMilliseconds(100));
    }
}
