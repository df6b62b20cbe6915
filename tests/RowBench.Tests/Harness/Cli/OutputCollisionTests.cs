using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli;

/// <summary>Outputs aimed at inputs, at directories, at folders that are not theirs: refused before any work.</summary>
public class OutputCollisionTests
{
    [Fact]
    public void Features_OutputIsTheInput_ExitsTwoAndLeavesTheInputByteIdentical()
    {
        using var directory = new TempDirectory();
        string input = directory.File("d.csv");
        File.WriteAllText(input, "1,2,3\n4,5,6\n");
        byte[] before = File.ReadAllBytes(input);

        HarnessRun run = HarnessRun.Of("features", "--input", input, "--output", Path.Combine(directory.Path, ".", "d.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the input", run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Features_OutputIsALinkToTheInput_ExitsTwo()
    {
        using var directory = new TempDirectory();
        string input = directory.File("d.csv");
        File.WriteAllText(input, "1,2,3\n");
        File.CreateSymbolicLink(directory.File("link.csv"), input);

        HarnessRun run = HarnessRun.Of("features", "--input", input, "--out", directory.File("link.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("1,2,3\n", File.ReadAllText(input));
    }

    [Fact]
    public void Features_OutputIsADirectory_ExitsTwoBeforeAnyWork()
    {
        using var directory = new TempDirectory();

        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "3", "--out", directory.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void TuneCheck_OutIsTheFolderOfTheCheckedFile_ExitsTwoAndLeavesItUnchanged()
    {
        using var directory = new TempDirectory();
        string tuning = directory.File("tuning.json");
        File.Copy(Repository.Path("results", "tuning", "tuning.json"), tuning);
        byte[] before = File.ReadAllBytes(tuning);

        HarnessRun run = HarnessRun.Of("tune", "--quick", "--check", tuning, "--out", directory.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds the input", run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(tuning));
    }

    [Fact]
    public void Run_LabelOfAFolderThatIsNoRun_ExitsTwoAndKeepsItsFiles()
    {
        // rb --quick --label history replaced results/history, the history's runs included.
        using var directory = new TempDirectory();
        string history = Directory.CreateDirectory(directory.File("history/runs")).FullName;
        File.WriteAllText(Path.Combine(history, "machine.jsonl"), "{}\n");

        HarnessRun run = HarnessRun.Of("run", "--quick", "--label", "history", "--results", directory.Path, "--filter", "*TransformBenchmarks.Fast*");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds something other than a run (no run.json)", run.Error, StringComparison.Ordinal);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(history, "machine.jsonl")));
    }
}
