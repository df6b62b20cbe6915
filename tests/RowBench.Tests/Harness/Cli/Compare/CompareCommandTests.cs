using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Tests.TestDoubles;
using static RowBench.Tests.TestDoubles.FakeResults;

namespace RowBench.Tests.Harness.Cli.Compare;

public class CompareCommandTests
{
    private const string StrategyClass = "StrategyBenchmarks";
    private const string Parameters = "Transform=fast&Rows=1000&ChunkSize=100&DegreeOfParallelism=2";

    [Fact]
    public void Compare_ThirtyPercentSlowdownWithTightSamples_IsSlowerAndExitsOne()
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6, seed: 1));
        string after = Folder(directory, "new", Samples(7, 1.3e6, seed: 2));

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("| slower |", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 slower, 0 faster, 0 same, 0 unknown", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_CommittedQuickRunAgainstItselfThirtyPercentSlower_CallsEveryTightBenchmarkSlower()
    {
        // The quick preset's 7 iterations and the default alpha must fit together: a real quick run, slowed by 30%.
        using var directory = new TempDirectory();
        string baseline = Repository.Path("results", "baseline-quick");
        string slowed = Path.Combine(directory.Path, "slowed");
        Directory.CreateDirectory(slowed);
        foreach (string report in Directory.GetFiles(baseline, "*-report-full.json"))
        {
            var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(report))!;
            foreach (var benchmark in document["Benchmarks"]!.AsArray())
            {
                foreach (var measurement in benchmark!["Measurements"]!.AsArray())
                {
                    measurement!["Nanoseconds"] = measurement["Nanoseconds"]!.GetValue<double>() * 1.3;
                }

                benchmark["Statistics"]!["Median"] = benchmark["Statistics"]!["Median"]!.GetValue<double>() * 1.3;
            }

            File.WriteAllText(Path.Combine(slowed, Path.GetFileName(report)), document.ToJsonString());
        }

        HarnessRun run = HarnessRun.Of("compare", baseline, slowed);
        var comparison = RunComparison.Compare(
            BenchmarkResultReader.Read(baseline), BenchmarkResultReader.Read(slowed), ComparisonOptions.Default, new MannWhitneyComparer());

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(0, comparison.Count(Verdict.Unknown));
        // Tight: every iteration within 20% of the fastest (so a 30% shift separates the samples completely), and a
        // slowdown above the 1 µs noise floor. The test sees the Actual iterations, outliers included.
        List<BenchmarkComparison> tight =
        [
            .. comparison.Compared.Where(row =>
            {
                BenchmarkResult result = comparison.Base.Find(row.Key)!;
                return result.Samples.Max() / result.Samples.Min() < 1.2 && row.BaseMedianNanoseconds * 0.3 >= 1_000;
            }),
        ];
        Assert.True(tight.Count >= 20, $"only {tight.Count} tight benchmarks in the committed quick run");
        Assert.All(tight, row => Assert.True(row.Verdict == Verdict.Slower, $"{row.Key}: {row.Verdict} ({row.Reason})"));
    }

    [Fact]
    public void Compare_SameData_IsSameAndExitsZero()
    {
        using var directory = new TempDirectory();
        double[] samples = Samples(7, 1e6);
        string before = Folder(directory, "base", samples);
        string after = Folder(directory, "new", samples);

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 slower, 0 faster, 1 same, 0 unknown", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ThreeSamplesPerSide_IsUnknownAndSaysWhy()
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(3, 1e6, seed: 1));
        string after = Folder(directory, "new", Samples(3, 2e6, seed: 2));

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| unknown |", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 vs 3 iterations: too few", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SingleJsonFiles_AreComparedLikeFolders()
    {
        using var directory = new TempDirectory();
        string before = Write(Path.Combine(directory.Path, "base"), StrategyClass, new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6, seed: 1)));
        string after = Write(Path.Combine(directory.Path, "new"), StrategyClass, new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1.3e6, seed: 2)));

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Compare_OutFolder_WritesMarkdownAndHtmlAndListsNewAndMissing()
    {
        // Missing benchmarks fail the gate unless allowed; here they are allowed, and listed last.
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base"), after = Path.Combine(directory.Path, "new");
        Write(before, StrategyClass,
            new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6)),
            new Benchmark(StrategyClass, "Dataflow", Parameters, Samples(7, 1e6)));
        Write(after, StrategyClass,
            new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6)),
            new Benchmark(StrategyClass, "ParallelFor", Parameters, Samples(7, 1e6)));
        string output = Path.Combine(directory.Path, "report");

        HarnessRun run = HarnessRun.Of("compare", before, after, "--out", output, "--allow-missing");

        Assert.Equal(0, run.ExitCode);
        string markdown = File.ReadAllText(Path.Combine(output, "compare.md"));
        Assert.Contains("## Only in the new run (new benchmarks)\n\n- StrategyBenchmarks.ParallelFor(", markdown, StringComparison.Ordinal);
        Assert.Contains("## Only in the base run (missing from the new run; allowed)\n\n- StrategyBenchmarks.Dataflow(", markdown, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(output, "compare.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Filter_ComparesOnlyTheMatchingBenchmarks()
    {
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base"), after = Path.Combine(directory.Path, "new");
        Write(before, StrategyClass,
            new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6, seed: 1)),
            new Benchmark(StrategyClass, "Dataflow", Parameters, Samples(7, 1e6, seed: 1)));
        Write(after, StrategyClass,
            new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6, seed: 2)),
            new Benchmark(StrategyClass, "Dataflow", Parameters, Samples(7, 2e6, seed: 2)));

        HarnessRun all = HarnessRun.Of("compare", before, after);
        HarnessRun plinqOnly = HarnessRun.Of("compare", before, after, "--filter", "*.Plinq(*");

        Assert.Equal(1, all.ExitCode);
        Assert.Equal(0, plinqOnly.ExitCode);
        Assert.Contains("1 benchmarks compared: 0 slower", plinqOnly.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DisjointBenchmarkSets_ExitsTwo()
    {
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base"), after = Path.Combine(directory.Path, "new");
        Write(before, StrategyClass, new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6)));
        Write(after, StrategyClass, new Benchmark(StrategyClass, "Dataflow", Parameters, Samples(7, 1e6)));

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no benchmark in common with", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_MissingFolder_ExitsTwo()
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6));
        string missing = Path.Combine(directory.Path, "nope");

        HarnessRun run = HarnessRun.Of("compare", before, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {missing}: no such folder or file", run.SingleErrorLine());
    }

    [Fact]
    public void Compare_FolderWithoutResults_ExitsTwo()
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6));
        string empty = Directory.CreateDirectory(Path.Combine(directory.Path, "empty")).FullName;

        HarnessRun run = HarnessRun.Of("compare", before, empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no BenchmarkDotNet results", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_CorruptJson_ExitsTwoNamingTheFile()
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6));
        string corrupt = Directory.CreateDirectory(Path.Combine(directory.Path, "corrupt")).FullName;
        string file = Path.Combine(corrupt, "X-report-full.json");
        File.WriteAllText(file, "{ \"Benchmarks\": [ { \"FullName\": ");

        HarnessRun run = HarnessRun.Of("compare", before, corrupt);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file}: not valid JSON", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_BadThreshold_ExitsTwo()
    {
        HarnessRun run = HarnessRun.Of("compare", "a", "b", "--threshold", "lots");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --threshold: 'lots' is not a threshold", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.9, 2)]
    [InlineData(1.0, 1)]
    public void Compare_CopyWithTimingsNineteenTenthsSlower_ExitsTwoOnlyWhenTheCalibrationSaysTheMachinesDiffer(double calibrationFactor, int expectedExitCode)
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6, seed: 1));
        string after = Folder(directory, "new", [.. Samples(7, 1e6, seed: 1).Select(value => value * 1.9)]);
        WriteRunInfo(before, calibration: 9.5e6);
        WriteRunInfo(after, calibration: 9.5e6 * calibrationFactor);

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(expectedExitCode, run.ExitCode);
        if (expectedExitCode == 2)
        {
            string error = run.SingleErrorLine();
            Assert.Contains("the machines differ: calibration 9.5", error, StringComparison.Ordinal);
            Assert.Contains("(new), 1.90×", error, StringComparison.Ordinal);
            Assert.Equal(1, HarnessRun.Of("compare", before, after, "--allow-other-machine").ExitCode);
        }
        else
        {
            Assert.Contains("Same machine speed", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_OutNamingAFile_ExitsThreeBeforeWritingAnything()
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6, seed: 1));
        string file = directory.Write("taken", "keep me");

        HarnessRun run = HarnessRun.Of("compare", before, before, "--out", file);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("keep me", File.ReadAllText(file));
        Assert.StartsWith("error: cannot write", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("0")]
    [InlineData("0.5")]
    public void Compare_AlphaOutOfRange_ExitsTwo(string alpha)
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6, seed: 1));

        HarnessRun run = HarnessRun.Of("compare", before, before, "--alpha", alpha);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--alpha must be above 0 and below 0.5", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    private static void WriteRunInfo(string folder, double calibration) =>
        new RunInfo("test", "quick", "test job", "Workstation", 2, "TestOS", ".NET 10", DateTimeOffset.UnixEpoch, calibration).Write(folder);

    private static string Folder(TempDirectory directory, string name, double[] samples)
    {
        string folder = Path.Combine(directory.Path, name);
        Write(folder, StrategyClass, new Benchmark(StrategyClass, "Plinq", Parameters, samples));
        return folder;
    }
}
