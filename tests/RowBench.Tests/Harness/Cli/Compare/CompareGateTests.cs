using RowBench.Tests.TestDoubles;
using static RowBench.Tests.TestDoubles.FakeResults;

namespace RowBench.Tests.Harness.Cli.Compare;

/// <summary>What fails compare's gate besides a regression: benchmarks missing from NEW, a run.json that is not one.</summary>
public class CompareGateTests
{
    private const string StrategyClass = "StrategyBenchmarks";
    private const string Parameters = "Transform=fast&Rows=1000&ChunkSize=100&DegreeOfParallelism=2";

    [Fact]
    public void Compare_AClassMissingFromNew_ExitsOneAndListsItFirst()
    {
        // A class that failed or a file removed: the new run has no regression only because it has no benchmark.
        using var directory = new TempDirectory();
        string before = Path.Combine(directory.Path, "base"), after = Path.Combine(directory.Path, "new");
        Write(before, StrategyClass, new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6, seed: 1)));
        Write(before, "TransformBenchmarks", new Benchmark("TransformBenchmarks", "Fast", "RowType=byte&Columns=4096", Samples(7, 1e4, seed: 3)));
        Write(after, StrategyClass, new Benchmark(StrategyClass, "Plinq", Parameters, Samples(7, 1e6, seed: 2)));

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NEW lacks 1 of BASE's benchmarks (the first: TransformBenchmarks.Fast(", run.SingleErrorLine(), StringComparison.Ordinal);
        int missing = run.Output.IndexOf("## Missing from the new run (1 of the base run's benchmarks): the gate fails", StringComparison.Ordinal);
        Assert.InRange(missing, 0, run.Output.IndexOf("## Summary", StringComparison.Ordinal));
        Assert.Equal(0, HarnessRun.Of("compare", before, after, "--allow-missing").ExitCode);
    }

    [Fact]
    public void Compare_CorruptRunJson_ExitsTwoNamingTheFile()
    {
        using var directory = new TempDirectory();
        string before = Folder(directory, "base", Samples(7, 1e6, seed: 1));
        string after = Folder(directory, "new", Samples(7, 1e6, seed: 2));
        File.WriteAllText(Path.Combine(after, "run.json"), "{\"Label\": \"cut short");

        HarnessRun run = HarnessRun.Of("compare", before, after);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Path.Combine(after, "run.json") + ": not a valid run.json", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    private static string Folder(TempDirectory directory, string name, double[] samples)
    {
        string folder = Path.Combine(directory.Path, name);
        Write(folder, StrategyClass, new Benchmark(StrategyClass, "Plinq", Parameters, samples));
        return folder;
    }
}
