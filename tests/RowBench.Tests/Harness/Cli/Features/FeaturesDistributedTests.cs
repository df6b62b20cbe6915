using System.Diagnostics;
using RowBench.Harness.Cli;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Features;

/// <summary>
/// <c>features --strategy distributed</c>: worker processes on this machine give what <c>sequential</c> gives, on both
/// data paths; a worker killed mid-run loses nothing; all of them killed fail the run cleanly; none is left behind.
/// </summary>
public class FeaturesDistributedTests
{
    [Theory]
    [InlineData("fast", "rows")]
    [InlineData("fast", "file")]
    [InlineData("faithful", "rows")]
    [InlineData("faithful", "file")]
    public void Features_DistributedOnACsv_EqualsSequential(string transform, string dataPath)
    {
        using var directory = new TempDirectory();
        // A header, a blank line and a last line without a line feed: the slices must still land on whole rows.
        string input = directory.Write("data.csv", "a,b,c,d\n\n" + string.Join('\n', Enumerable.Range(0, 2_000).Select(row => $"{row % 256},{row * 7 % 256},{row / 10 % 256},{255 - (row % 256)}")));
        string sequential = directory.File("sequential.csv"), distributed = directory.File("distributed.csv");

        HarnessRun baseline = HarnessRun.Of("features", "--input", input, "--transform", transform, "--strategy", "sequential", "--output", sequential);
        HarnessRun run = HarnessRun.Of(
            "features", "--input", input, "--transform", transform, "--strategy", "distributed", "--workers", "2", "--data-path", dataPath, "--chunk-size", "150", "--output", distributed);

        Assert.Equal(0, baseline.ExitCode);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(File.ReadAllText(sequential), File.ReadAllText(distributed));
        Assert.Equal(2_001, File.ReadAllLines(distributed).Length);
    }

    [Fact]
    public void Features_DistributedBadCellInAWorkersSlice_ExitsTwoNamingTheLine()
    {
        using var directory = new TempDirectory();
        string input = CsvFiles.IndexedRows(directory, "rows.csv", rows: 3_000, badLine: 2_500);
        string output = directory.File("out.csv");

        HarnessRun run = HarnessRun.Of("features", "--input", input, "--strategy", "distributed", "--data-path", "file", "--chunk-size", "100", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {input}:2500:2: expected an integer, found 'x'", run.SingleErrorLine());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Features_DistributedOptionsWithoutTheStrategy_IsAUsageError()
    {
        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "10", "--workers", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--workers, --data-path, --gateways, --redis and --cluster-id apply only with --strategy distributed", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--workers", "2")]
    [InlineData("--gateways", "127.0.0.1:30000")]
    public void Features_RedisWithAnotherWayToFindWorkers_IsAUsageError(string other, string value)
    {
        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "10", "--strategy", "distributed", "--redis", "127.0.0.1:6379", other, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give one of the three", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Features_RedisThatNobodyServes_ExitsOneWithOneLineAndNoOutput()
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.csv");

        // Port 1 on loopback: refused at once; the short connect timeout bounds the test if it is not.
        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "10", "--strategy", "distributed", "--redis", "127.0.0.1:1,connectTimeout=2000", "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: cannot connect to the workers at Redis at 127.0.0.1:1,connectTimeout=2000 (cluster 'rowbench'): ", run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Features_OneWorkerKilledMidRun_ExitsZeroWithTheSequentialOutputAndNoWorkerLeft()
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.csv"), expected = directory.File("expected.csv");
        string[] job = ["features", "--synthetic", "--rows", "1500", "--cols", "4096", "--transform", "faithful", "--chunk-size", "25"];
        Assert.Equal(0, HarnessRun.Of([.. job, "--strategy", "sequential", "--output", expected]).ExitCode);

        using Process harness = StartHarness([.. job, "--strategy", "distributed", "--workers", "2", "--output", output]);
        int[] workers = await WorkersOfAsync(harness, 2);
        await WaitUntilWritingAsync(directory, harness);
        // The first worker started: it is no longer special, as the membership is a file that no worker holds.
        Assert.All(workers, pid => Assert.Contains("--membership-file", CommandLineOf(pid), StringComparison.Ordinal));
        Process.GetProcessById(workers.Min()).Kill();

        await WaitForExitAsync(harness);

        Assert.True(harness.ExitCode == 0, await harness.StandardError.ReadToEndAsync());
        Assert.Equal(File.ReadAllText(expected), File.ReadAllText(output));
        Assert.All(workers, pid => Assert.False(IsAlive(pid), $"worker {pid} is still running"));
    }

    [Fact]
    public async Task Features_EveryWorkerKilledMidRun_ExitsOneWithOneLineAndNoOutput()
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.csv");
        using Process harness = StartHarness(
            "features", "--synthetic", "--rows", "1500", "--cols", "4096", "--transform", "faithful", "--chunk-size", "25", "--strategy", "distributed", "--output", output);
        int[] workers = await WorkersOfAsync(harness, 2);
        await WaitUntilWritingAsync(directory, harness);
        foreach (int pid in workers)
        {
            Process.GetProcessById(pid).Kill();
        }

        await WaitForExitAsync(harness);

        Assert.Equal(1, harness.ExitCode);
        Assert.Equal("error: every worker process has stopped (2 of 2); no output was written.", (await harness.StandardError.ReadToEndAsync()).Trim());
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task Features_HarnessKilledMidRun_ItsWorkersEndByThemselves()
    {
        using var directory = new TempDirectory();
        using Process harness = StartHarness(
            "features", "--synthetic", "--rows", "1500", "--cols", "4096", "--transform", "faithful", "--chunk-size", "25", "--strategy", "distributed", "--output", directory.File("out.csv"));
        int[] workers = await WorkersOfAsync(harness, 2);
        await WaitUntilWritingAsync(directory, harness);

        // SIGKILL: the harness cleans nothing up; the workers see their standard input end.
        harness.Kill();
        await WaitForExitAsync(harness);

        await WaitUntilAsync(() => !workers.Any(IsAlive));
    }

    private static Process StartHarness(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(HarnessCommandLine).Assembly.Location);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>The worker processes the harness started: its children running the worker command.</summary>
    private static async Task<int[]> WorkersOfAsync(Process harness, int count)
    {
        int[] workers = [];
        await WaitUntilAsync(() => (workers = ChildrenOf(harness.Id).Where(pid => CommandLineOf(pid).Contains(" worker ", StringComparison.Ordinal)).ToArray()).Length == count || harness.HasExited);
        Assert.False(harness.HasExited, "the run ended before its workers were seen");
        return workers;
    }

    /// <summary>Sequenced on the temporary output file: once it exists, the workers are serving chunks.</summary>
    private static Task WaitUntilWritingAsync(TempDirectory directory, Process harness) =>
        WaitUntilAsync(() => Directory.GetFiles(directory.Path, ".out.csv.*.tmp").Length > 0 || harness.HasExited);

    private static async Task WaitForExitAsync(Process harness)
    {
        // A hang guard, not a speed test.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await harness.WaitForExitAsync(timeout.Token);
    }

    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(int.Parse!)
            .Where(pid => ParentOf(pid) == parent);

    private static int ParentOf(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ..."; the command may hold spaces, so read after the last ')'.
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(90), "the condition did not hold in time");
            await Task.Delay(20);
        }
    }
}
