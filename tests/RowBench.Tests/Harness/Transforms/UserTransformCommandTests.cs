using System.Globalization;
using RowBench.Data;
using RowBench.Harness.Transforms;
using RowBench.Strategies;
using RowBench.Tests.Harness.Cli;
using RowBench.Tests.TestDoubles;
using RowBench.Transforms;

namespace RowBench.Tests.Harness.Transforms;

/// <summary>The sample's transform through the command line, as a user runs it.</summary>
[Collection(ProcessWideTransforms.Name)]
public sealed class UserTransformCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        // Leave the process as the other tests expect it: the built-in transforms only, the synthetic data.
        HarnessTransforms.Use([]);
        Environment.SetEnvironmentVariable(RowBench.Harness.Benchmarks.BenchmarkData.InputVariable, null);
        _directory.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Features_SampleOnADecimalFile_WritesItsValueOfEveryRow(bool inMemory)
    {
        string input = _directory.Write("signals.csv", "t0,t1,t2,t3,t4,t5,t6,t7\n" + string.Concat(Enumerable.Range(0, 40).Select(row =>
            string.Join(',', Enumerable.Range(0, 8).Select(index => (Math.Cos(2 * Math.PI * (1 + (row % 4)) * index / 8) + (0.01 * row)).ToString("R", CultureInfo.InvariantCulture))) + "\n")));
        IRowTransform sample = TransformAssemblyLoader.Load(SampleAssembly.Path)[0];
        double[] expected = new SequentialStrategy().Run(CsvRowReader.ReadAll(input, RowValueType.Double), sample, new StrategyOptions());

        List<string> arguments = ["features", "--transform-assembly", SampleAssembly.Path, "--transform", "spectral-centroid", "--input", input, "--strategy", "dataflow", "--chunk-size", "3"];
        if (inMemory)
        {
            arguments.Add("--in-memory");
        }

        HarnessRun run = HarnessRun.Of([.. arguments]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("row,feature\n" + string.Concat(expected.Select((value, row) => $"{row},{value.ToString("R", CultureInfo.InvariantCulture)}\n")), run.Output);
        // The cosines of 1 to 4 cycles, each with its own offset: the centroid is the cycle count.
        Assert.Equal([1, 2, 3, 4], expected.Take(4).Select(value => Math.Round(value, 9)));
    }

    [Fact]
    public void Features_SampleOnTheSyntheticImages_IsItsValueOfTheImagesAsDoubles()
    {
        IRowTransform sample = TransformAssemblyLoader.Load(SampleAssembly.Path)[0];
        double[] expected = new SequentialStrategy().Run(SyntheticImageGenerator.Generate(6, 64, 5).WidenTo(RowValueType.Double), sample, new StrategyOptions());

        HarnessRun run = HarnessRun.Of("features", "--transform-assembly", SampleAssembly.Path, "--transform", "spectral-centroid", "--synthetic", "--rows", "6", "--cols", "64", "--seed", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("row,feature\n" + string.Concat(expected.Select((value, row) => $"{row},{value.ToString("R", CultureInfo.InvariantCulture)}\n")), run.Output);
    }

    [Fact]
    public void Features_UnknownNameWithAnAssembly_ListsTheUsersTransformsToo()
    {
        HarnessRun run = HarnessRun.Of("features", "--transform-assembly", SampleAssembly.Path, "--transform", "centroid", "--synthetic");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --transform: Unknown transform 'centroid'; expected one of: faithful, fast, spectral-centroid.", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("features", "--synthetic")]
    [InlineData("run", "--quick")]
    [InlineData("tune", "--quick")]
    public void Command_AssemblyWithoutTransform_ExitsTwoWithOneLineNamingIt(string command, string other)
    {
        string path = typeof(CsvHelper.CsvReader).Assembly.Location;

        HarnessRun run = HarnessRun.Of(command, other, "--transform-assembly", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --transform-assembly {path}: no transform in it: no public class implements IRowTransform<TValue, TResult> (RowBench.Transforms)", run.SingleErrorLine());
    }

    [Fact]
    public void Features_MissingAssembly_ExitsTwoAndLeavesTheOutputAlone()
    {
        string output = _directory.Write("features.csv", "previous");

        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--transform-assembly", "missing/My.dll", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --transform-assembly missing/My.dll: no such file", run.SingleErrorLine());
        Assert.Equal("previous", File.ReadAllText(output));
    }

    [Fact]
    public void Run_BadCellInTheInput_ExitsTwoBeforeAnyBenchmark()
    {
        string input = _directory.Write("data.csv", "1.5,2\n3,x\n");
        string results = Path.Combine(_directory.Path, "results");

        HarnessRun run = HarnessRun.Of("run", "--quick", "--transform-assembly", SampleAssembly.Path, "--input", input, "--results", results, "--label", "bad");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {input}:2:2: expected a number, found 'x'", run.SingleErrorLine());
        Assert.False(Directory.Exists(Path.Combine(results, "bad")));
    }

    [Theory]
    [InlineData("run", "--rows", "100")]
    [InlineData("tune", "--rows", "100")]
    public void Command_InputWithRows_ExitsTwo(string command, string option, string value)
    {
        string input = _directory.Write("data.csv", "1,2\n");

        HarnessRun run = HarnessRun.Of(command, "--quick", "--input", input, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--rows applies to the synthetic data set", run.SingleErrorLine(), StringComparison.Ordinal);
    }
}
