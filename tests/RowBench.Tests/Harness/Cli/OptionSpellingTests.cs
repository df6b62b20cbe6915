namespace RowBench.Tests.Harness.Cli;

/// <summary>One vocabulary for options (--out, --degree), with the old spellings accepted for one release and said so.</summary>
public class OptionSpellingTests
{
    [Theory]
    [InlineData("--out")]
    [InlineData("--output")]
    public void Dataset_EitherSpellingOfOut_WritesTheSameFile(string spelling)
    {
        string folder = Directory.CreateTempSubdirectory("rowbench-spelling-").FullName;
        try
        {
            string file = Path.Combine(folder, "data.csv");
            HarnessRun run = HarnessRun.Of("dataset", "--rows", "3", "--cols", "4", spelling, file);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(3, File.ReadAllLines(file).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--degree")]
    [InlineData("--dop")]
    public void Features_EitherSpellingOfDegree_IsAccepted(string spelling)
    {
        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "2", "--transform", "faithful", spelling, "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("row,feature 0,26759 1,27591", string.Join(' ', run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    [Theory]
    [InlineData("features", "--output")]
    [InlineData("features", "--dop")]
    [InlineData("dataset", "--output")]
    [InlineData("tune", "--dop")]
    public void Help_OldSpelling_IsSaidToBeOld(string command, string oldSpelling)
    {
        HarnessRun run = HarnessRun.Of(command, "--help");

        Assert.Contains($"({oldSpelling}: the old spelling, accepted until RowBench 0.4.)", run.Output, StringComparison.Ordinal);
    }
}
