using RowBench.History;
using RowBench.IO;

namespace RowBench.Tests.History;

public sealed class HistoryStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rowbench-history-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Append_SameRunTwice_AddsItOnce()
    {
        HistoryRun run = SyntheticHistory.Runs([100], 0.01, seed: 1)[0];

        Assert.True(HistoryStore.Append(_folder, run));
        Assert.False(HistoryStore.Append(_folder, run));

        Assert.Single(File.ReadAllLines(Path.Combine(_folder, run.Machine.FileName)));
        Assert.Equal(run.Id, Assert.Single(HistoryStore.Read(_folder).Runs).Id);
    }

    [Fact]
    public void Read_RoundTrip_KeepsEveryField()
    {
        HistoryRun run = SyntheticHistory.Runs([100], 0.01, seed: 2)[0];
        HistoryStore.Append(_folder, run);

        HistoryRun read = Assert.Single(HistoryStore.Read(_folder).Runs);

        Assert.Equal(run.ToJsonLine(), read.ToJsonLine());
        Assert.Equal(run.Id, read.ComputeId());
    }

    [Fact]
    public void Read_CorruptLine_IsReportedWithFileAndLineAndTheRestIsKept()
    {
        List<HistoryRun> runs = SyntheticHistory.Runs([100, 101, 102], 0.01, seed: 3);
        HistoryStore.Append(_folder, runs[0]);
        string path = Path.Combine(_folder, runs[0].Machine.FileName);
        File.AppendAllText(path, "{\"id\": \"cut short\n");
        HistoryStore.Append(_folder, runs[1]);
        HistoryStore.Append(_folder, runs[2]);

        HistoryContents contents = HistoryStore.Read(_folder);

        Assert.Equal(runs.Select(run => run.Id), contents.Runs.Select(run => run.Id));
        HistoryProblem problem = Assert.Single(contents.Problems);
        Assert.Equal(path, problem.File);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith($"{path}:2: not a run", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Append_FileWhoseLastLineWasCutShort_StartsTheRunOnANewLine()
    {
        List<HistoryRun> runs = SyntheticHistory.Runs([100, 101], 0.01, seed: 4);
        HistoryStore.Append(_folder, runs[0]);
        string path = Path.Combine(_folder, runs[0].Machine.FileName);
        File.AppendAllText(path, "{\"id\":");

        HistoryStore.Append(_folder, runs[1]);

        Assert.Equal(2, HistoryStore.Read(_folder).Runs.Count);
        Assert.Single(HistoryStore.Read(_folder).Problems);
    }

    [Fact]
    public void Read_LineWithANonPositiveMedian_IsAProblem()
    {
        HistoryRun run = SyntheticHistory.Runs([100], 0.01, seed: 5)[0];
        Directory.CreateDirectory(_folder);
        string line = (run with { Benchmarks = [run.Benchmarks[0] with { MedianNanoseconds = 0 }] }).ToJsonLine();
        File.WriteAllText(Path.Combine(_folder, "x.jsonl"), line + "\n");

        Assert.Empty(HistoryStore.Read(_folder).Runs);
        Assert.Single(HistoryStore.Read(_folder).Problems);
    }

    [Fact]
    public void Read_MissingFolder_IsEmpty()
    {
        HistoryContents contents = HistoryStore.Read(_folder);

        Assert.Empty(contents.Runs);
        Assert.Empty(contents.Problems);
    }

    [Fact]
    public void Append_MachinesOfTwoNames_GoToTwoFiles()
    {
        HistoryRun first = SyntheticHistory.Runs([100], 0.01, seed: 6)[0];
        HistoryRun second = SyntheticHistory.Runs([100], 0.01, seed: 7, SyntheticHistory.Machine with { Processor = "Other CPU (R) 2.0GHz" })[0];

        HistoryStore.Append(_folder, first);
        HistoryStore.Append(_folder, second);

        // Beside them only the (empty) lock concurrent appends take.
        Assert.True(File.Exists(Path.Combine(_folder, FolderLock.FileName)));
        Assert.Equal(["other-cpu-r-2-0ghz-2cpu.jsonl", "test-cpu-9000-2cpu.jsonl"], Directory.GetFiles(_folder, "*" + HistoryStore.Extension).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
