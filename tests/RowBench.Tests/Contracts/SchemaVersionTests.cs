using RowBench.Analysis;
using RowBench.Tests.Harness.Cli;
using RowBench.Tests.TestDoubles;
using static RowBench.Tests.TestDoubles.FakeResults;

namespace RowBench.Tests.Contracts;

/// <summary>A file of a newer schema version is refused with one line, exit 2, rather than read wrongly.</summary>
public class SchemaVersionTests
{
    [Fact]
    public void Compare_RunJsonOfSchemaVersion99_ExitsTwoNamingTheFile()
    {
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base"), after = Path.Combine(directory.Path, "new");
        Write(before, "StrategyBenchmarks", new Benchmark("StrategyBenchmarks", "Plinq", "ChunkSize=100", Samples(7, 1e6, seed: 1)));
        Write(after, "StrategyBenchmarks", new Benchmark("StrategyBenchmarks", "Plinq", "ChunkSize=100", Samples(7, 1e6, seed: 2)));
        new RunInfo("new", "quick", "jobs", "workstation", 2, "linux", ".NET 10", DateTimeOffset.UnixEpoch, SchemaVersion: 99).Write(after);

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Path.Combine(after, "run.json") + ": is a run.json of schemaVersion 99, newer than this RowBench reads (1)", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryReport_ALineOfSchemaVersion99_ExitsTwoNamingTheLine()
    {
        using var directory = new TempDirectory();
        string runs = Path.Combine(directory.Path, "runs");
        Directory.CreateDirectory(runs);
        string line = File.ReadLines(Repository.Path("results", "history", "runs", "amd-epyc-2cpu.jsonl")).First();
        File.WriteAllText(Path.Combine(runs, "machine.jsonl"), line.Replace("{", "{\"schemaVersion\":99,", StringComparison.Ordinal) + "\n");

        HarnessRun run = HarnessRun.Of("history", "report", "--history", runs, "--out", Path.Combine(directory.Path, "report"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("machine.jsonl:1: is a history line of schemaVersion 99", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void TuningRead_SchemaVersion99_IsRefused()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "tuning.json");
        string text = File.ReadAllText(Repository.Path("results", "tuning", "tuning.json"));
        File.WriteAllText(path, "{\"schemaVersion\": 99," + text.TrimStart()[1..]);

        var error = Assert.Throws<RowBench.IO.ResultFormatException>(() => RowBench.Tuning.TuningDocument.Read(path));

        Assert.Contains("is a tuning.json of schemaVersion 99", error.Message, StringComparison.Ordinal);
    }
}
