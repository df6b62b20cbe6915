using System.Diagnostics;
using RowBench.Harness.Cli;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Features;

/// <summary>The faults of issue "Data bigger than memory": each leaves no partial output and exits with its code.</summary>
public class FeaturesFaultTests
{
    [Fact]
    public void Features_BadCellOnLine700000_ExitsTwoNamingTheLineWithNoFileLeftBehind()
    {
        using var directory = new TempDirectory();
        string input = CsvFiles.IndexedRows(directory, "big.csv", rows: 700_100, badLine: 700_000);
        string fresh = directory.File("fresh.csv");
        string existing = directory.Write("existing.csv", "keep me\n");

        HarnessRun toFresh = HarnessRun.Of("features", "--input", input, "--output", fresh);
        HarnessRun toExisting = HarnessRun.Of("features", "--input", input, "--output", existing);

        Assert.Equal(2, toFresh.ExitCode);
        Assert.Equal($"error: {input}:700000:2: expected an integer, found 'x'", toFresh.SingleErrorLine());
        Assert.Equal(2, toExisting.ExitCode);
        Assert.False(File.Exists(fresh));
        Assert.Equal("keep me\n", File.ReadAllText(existing));
        Assert.Equal(["big.csv", "existing.csv"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Features_OutputDirectoryCannotBeWritten_ExitsThreeWithOneLineAndNoFile()
    {
        using var directory = new TempDirectory();
        string input = CsvFiles.IndexedRows(directory, "rows.csv", rows: 100);
        // A regular file where a directory should be: unwritable for every user, root included.
        string notADirectory = directory.Write("file", "");
        string output = Path.Combine(notADirectory, "out.csv");

        HarnessRun run = HarnessRun.Of("features", "--input", input, "--output", output);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"error: cannot write '{output}': ", run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.Equal(["file", "rows.csv"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task Features_SignalDuringALongRun_StopsRemovesTheTemporaryAndExitsWithTheSignalsCode(string signal, int expectedExitCode)
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.csv");
        // About 5 seconds of work (faithful, one thread, 100,000 rows of 1,024 values), so the signal lands mid-run.
        using Process process = StartHarness(
            "features", "--synthetic", "--rows", "100000", "--cols", "1024", "--output", output, "--transform", "faithful", "--strategy", "sequential");

        // Sequenced on the temporary file: once it exists, the run is writing.
        await WaitUntil(() => Directory.GetFiles(directory.Path, ".out.csv.*.tmp").Length > 0 || process.HasExited, TimeSpan.FromSeconds(60));
        Assert.False(process.HasExited, "the run ended before the signal");
        var stopwatch = Stopwatch.StartNew();
        using (Process kill = Process.Start("kill", $"-{signal} {process.Id}"))
        {
            await kill.WaitForExitAsync();
        }

        // A hang guard, not a speed test: the note on the issue gives the measured stop time.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        stopwatch.Stop();

        string error = await process.StandardError.ReadToEndAsync();
        Assert.Equal(expectedExitCode, process.ExitCode);
        Assert.Equal("error: stopped by a signal; no output was written", error.Trim());
        Assert.Empty(Directory.GetFiles(directory.Path));
        Console.WriteLine($"SIG{signal}: stopped {stopwatch.ElapsedMilliseconds} ms after the signal");
    }

    [Fact]
    public async Task Features_SecondSignalWhileATransformNeverReturns_EndsAtOnceWithNoTemporaryFile()
    {
        using var directory = new TempDirectory();
        using Process process = await StartHangingRun(directory);

        await Signal(process, "INT");
        await Signal(process, "INT");
        var stopwatch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        // The signal's own action ended it: 128 + 2, as a shell reports it, and no temporary file was left.
        Assert.Equal(130, process.ExitCode);
        Assert.Equal(["HangingTransform.dll", "HangingTransform.dll.started"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order());
        Console.WriteLine($"second SIGINT: ended {stopwatch.ElapsedMilliseconds} ms after it");
    }

    [Fact]
    public async Task Features_OneSignalWhileATransformNeverReturns_EndsAfterTheGracePeriodWithNoTemporaryFile()
    {
        using var directory = new TempDirectory();
        using Process process = await StartHangingRun(directory);

        await Signal(process, "TERM");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        string error = await process.StandardError.ReadToEndAsync();
        Assert.Equal(143, process.ExitCode);
        Assert.Contains("still running 5 s after the signal", error, StringComparison.Ordinal);
        Assert.Equal(["HangingTransform.dll", "HangingTransform.dll.started"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order());
    }

    /// <summary>A features run whose transform never returns, once the transform is running: the output is out.csv.</summary>
    private static async Task<Process> StartHangingRun(TempDirectory directory)
    {
        string assembly = HangingTransformAssembly.Build(directory.Path);
        Process process = StartHarness(
            "features", "--transform-assembly", assembly, "--transform", HangingTransformAssembly.TransformName, "--synthetic", "--rows", "10", "--cols", "4",
            "--output", directory.File("out.csv"), "--strategy", "sequential");
        await WaitUntil(() => File.Exists(HangingTransformAssembly.StartedMarker(assembly)) || process.HasExited, TimeSpan.FromSeconds(60));
        Assert.False(process.HasExited, "the run ended before the signal");
        return process;
    }

    private static async Task Signal(Process process, string signal)
    {
        using Process kill = Process.Start("kill", $"-{signal} {process.Id}");
        await kill.WaitForExitAsync();
    }

    /// <summary>
    /// Starts the harness with SIGINT at its default action: a process started from a non-interactive shell's
    /// background job inherits SIGINT ignored, and .NET then never sees Ctrl+C (GNU env resets it).
    /// </summary>
    private static Process StartHarness(params string[] args)
    {
        string harness = typeof(HarnessCommandLine).Assembly.Location;
        var start = new ProcessStartInfo("env") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(harness);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(stopwatch.Elapsed < limit, "the condition did not hold in time");
            await Task.Delay(20);
        }
    }
}
