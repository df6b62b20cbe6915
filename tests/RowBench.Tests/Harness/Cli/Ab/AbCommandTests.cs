namespace RowBench.Tests.Harness.Cli.Ab;

public class AbCommandTests
{
    [Fact]
    public void Ab_UnknownBaseRevision_ExitsTwoNamingTheSide()
    {
        HarnessRun run = HarnessRun.Of("ab", "no-such-revision-of-rowbench", "HEAD", "--quick");

        Assert.Equal(2, run.ExitCode);
        string error = run.SingleErrorLine();
        Assert.Contains("BASE 'no-such-revision-of-rowbench' is neither a revision of", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ab_CheckoutWithoutAHarness_ExitsTwoNamingTheSide()
    {
        using var directory = new TestDoubles.TempDirectory();
        Directory.CreateDirectory(Path.Combine(directory.Path, "bench"));

        HarnessRun run = HarnessRun.Of("ab", directory.Path, "also-no-such-revision", "--quick");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("BASE", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ab_LaunchesZero_ExitsTwo()
    {
        HarnessRun run = HarnessRun.Of("ab", "HEAD", "HEAD", "--launches", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--launches", run.SingleErrorLine(), StringComparison.Ordinal);
    }
}
