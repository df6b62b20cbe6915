using RowBench.Analysis.Comparison;
using RowBench.Harness.Cli.Ab;

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

    [Fact]
    public void Ab_SideAssemblyAbsolute_ExitsTwo()
    {
        HarnessRun run = HarnessRun.Of("ab", "HEAD", "HEAD", "--side-assembly", Path.Combine(Path.GetTempPath(), "My.dll"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--side-assembly", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ab_SideAssemblyFolderThatDoesNotBuild_ExitsTwoNamingTheSideAndItsLog()
    {
        // A folder with no project: 'dotnet build' fails at once, which is the user's side failing to build.
        using var directory = new TestDoubles.TempDirectory();
        using var output = new TestDoubles.TempDirectory();

        HarnessRun run = HarnessRun.Of("ab", directory.Path, directory.Path, "--side-assembly", "bin/My.dll", "--out", Path.Combine(output.Path, "ab"));

        Assert.Equal(2, run.ExitCode);
        // "ab: building base ..." goes first, then the one error line.
        string error = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("error: ab: 'dotnet build -c Release' of BASE", error, StringComparison.Ordinal);
        Assert.Contains("base-build.log", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LaunchArguments_SideOfTheUsersRepository_LoadsThatSidesOwnAssembly()
    {
        var options = new AbOptions("a", "b", false, "*", ChangeThreshold.Parse("5%"), ChangeThreshold.Parse("1us"), 0.05, 2, "out", ".", SideAssembly: "bin/My.dll");
        var side = new AbSide("new", "b", "(working tree)", Path.Combine(Path.GetTempPath(), "checkout-b"), "bin/My.dll");

        IReadOnlyList<string> arguments = AbRunner.LaunchArguments(options, "new-01", "launches", side);

        int index = arguments.ToList().IndexOf("--transform-assembly");
        Assert.True(index >= 0);
        Assert.Equal(Path.Combine(Path.GetTempPath(), "checkout-b", "bin", "My.dll"), arguments[index + 1]);
        Assert.Equal(HarnessLaunchSelf, side.Harness);
    }

    private static string HarnessLaunchSelf => typeof(RowBench.Harness.Cli.Ab.AbRunner).Assembly.Location;
}
