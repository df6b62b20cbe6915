using RowBench.Tuning;
using RowBench.Data;
using RowBench.Strategies;
using RowBench.Tests.TestDoubles;
using RowBench.Transforms;

namespace RowBench.Tests.Harness.Cli.Features;

public class FeaturesCommandTests
{
    public static TheoryData<string, string> StrategiesAndTransforms()
    {
        var data = new TheoryData<string, string>();
        foreach (string strategy in StrategyCatalog.Names)
        {
            foreach (string transform in TransformCatalog.Names)
            {
                data.Add(strategy, transform);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StrategiesAndTransforms))]
    public void Features_ReferenceRowsFile_WritesReferenceValues(string strategy, string transform)
    {
        // One file per row length: [7] and [1111111111] share one column; [0, 0] and [12, 255, -3] have their own.
        using var directory = new TempDirectory();
        (string Content, string Expected)[] cases =
        [
            ("value\n7\n1111111111\n", "row,feature\n0,7\n1,43\n"),
            ("0,0\n", "row,feature\n0,15\n"),
            ("12,255,-3\n", "row,feature\n0,27\n"),
        ];

        foreach ((string content, string expected) in cases)
        {
            string input = directory.Write($"in-{Guid.NewGuid():N}.csv", content);
            HarnessRun run = HarnessRun.Of("features", "--input", input, "--strategy", strategy, "--transform", transform, "--chunk-size", "1", "--dop", "2");
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(expected, run.Output);
        }
    }

    [Theory]
    [MemberData(nameof(StrategiesAndTransforms))]
    public void Features_WideReferenceRows_WritesReferenceValues(string strategy, string transform)
    {
        using var directory = new TempDirectory();
        string zeros = string.Join(',', new int[4096]);
        string upTo255 = string.Join(',', Enumerable.Range(0, 256));
        string input = directory.Write("zeros.csv", zeros + "\n" + zeros + "\n");
        string counting = directory.Write("counting.csv", upTo255 + "\n");

        HarnessRun first = HarnessRun.Of("features", "--input", input, "--strategy", strategy, "--transform", transform);
        HarnessRun second = HarnessRun.Of("features", "--input", counting, "--strategy", strategy, "--transform", transform);

        Assert.Equal("row,feature\n0,32767\n1,32767\n", first.Output);
        Assert.Equal("row,feature\n0,2095\n", second.Output);
    }

    [Fact]
    public void Features_Synthetic_WritesOneLinePerRowEqualToTheLibrary()
    {
        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "25", "--cols", "64", "--seed", "3");

        double[] expected = new SequentialStrategy().Run(SyntheticImageGenerator.Generate(25, 64, 3), FaithfulTransform.Instance, new StrategyOptions());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "row,feature\n" + string.Concat(expected.Select((value, row) => $"{row},{value}\n")),
            run.Output);
    }

    [Fact]
    public void Features_OutputFile_WritesTheFileAndNothingToStandardOutput()
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.csv");

        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "3", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(4, File.ReadAllLines(output).Length);
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    [Theory]
    [InlineData("non-integer cell", "1,2\n3,x\n", ":2:2: expected an integer, found 'x'")]
    [InlineData("out-of-range cell", "1,2\n3,99999999999\n", ":2:2: expected an integer from -2147483648 to 2147483647, found '99999999999' (out of range)")]
    [InlineData("row length", "1,2\n3,4,5\n", ":2:3: expected 2 cells, as in the first row, found 3")]
    [InlineData("empty file", "", ":1:1: expected a row of integers, found an empty file")]
    public void Features_BadInputFile_ExitsTwoWithOneLineNamingTheLineAndKeepsTheOldOutput(string scenario, string content, string expectedTail)
    {
        using var directory = new TempDirectory();
        string input = directory.Write("bad.csv", content);
        string output = directory.Write("out.csv", "previous content\n");

        HarnessRun run = HarnessRun.Of("features", "--input", input, "--output", output);

        Assert.True(run.ExitCode == 2, scenario);
        Assert.Equal($"error: {input}{expectedTail}", run.SingleErrorLine());
        Assert.Equal("previous content\n", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(directory.Path).Length);
    }

    [Fact]
    public void Features_MissingInputFile_ExitsTwoAndCreatesNoOutput()
    {
        using var directory = new TempDirectory();
        string input = directory.File("missing.csv"), output = directory.File("out.csv");

        HarnessRun run = HarnessRun.Of("features", "--input", input, "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {input}: no such file", run.SingleErrorLine());
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Theory]
    [InlineData("unknown strategy", "--strategy dask", "error: --strategy: Unknown strategy 'dask'; expected one of: sequential, parallel-for, plinq, dataflow.")]
    [InlineData("unknown transform", "--transform slow", "error: --transform: Unknown transform 'slow'; expected one of: faithful, fast.")]
    [InlineData("negative chunk size", "--chunk-size -1", "error: --chunk-size: Chunk size must be 0 (the strategy's default) or a positive number of rows; got -1.")]
    [InlineData("zero degree", "--dop 0", "error: --dop: Degree of parallelism must be from 1 to 512; got 0.")]
    [InlineData("non-numeric degree", "--dop many", "error: Cannot parse argument 'many' for option '--dop' as expected type 'System.Int32'.")]
    [InlineData("unknown option", "--fast", "error: Unrecognized command or argument '--fast'.")]
    public void Features_BadOption_ExitsTwoWithOneLineGivingTheValidValues(string scenario, string options, string expectedStart)
    {
        HarnessRun run = HarnessRun.Of(["features", "--synthetic", "--rows", "2", .. options.Split(' ')]);

        Assert.True(run.ExitCode == 2, scenario);
        Assert.StartsWith(expectedStart, run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Features_NeitherInputNorSynthetic_ExitsTwo()
    {
        HarnessRun run = HarnessRun.Of("features");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: features needs either --input FILE or --synthetic", run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Features_TuningFile_UsesItsChunkSizeAndSaysSo()
    {
        using var directory = new TempDirectory();
        var document = RowBench.Tuning.TuningDocument.From(
            [Tuning.SyntheticCurves.Curve(new RowBench.Tuning.CostModel(1e6, 4e7, 1e3, 1))],
            new RowBench.Tuning.TuningMachine(Environment.ProcessorCount, "TestOS", ".NET 10", null),
            "default");
        string tuning = directory.Write("tuning.json", document.ToJson());

        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "9339", "--cols", "8", "--tuning", tuning, "--dop", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"features: chunk size 256 from {tuning}: the entry for parallel-for, fast, degree 2, 9339 rows: chunk size 256", run.Error.Trim());
        Assert.Equal(9_340, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Features_TuningFromAnotherProcessorCount_IsNotUsedAndSaysWhy()
    {
        using var directory = new TempDirectory();
        var document = RowBench.Tuning.TuningDocument.From(
            [Tuning.SyntheticCurves.Curve(new RowBench.Tuning.CostModel(1e6, 4e7, 1e3, 1))],
            new RowBench.Tuning.TuningMachine(Environment.ProcessorCount + 14, "TestOS", ".NET 10", null),
            "default");
        string tuning = directory.Write("tuning.json", document.ToJson());

        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "100", "--cols", "8", "--tuning", tuning, "--dop", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"measured on {Environment.ProcessorCount + 14} processors and this machine has {Environment.ProcessorCount}: not used", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"recommendedChunkSize\": 256", "\"recommendedChunkSize\": 0", "recommendedChunkSize 0 must be a positive number")]
    [InlineData("\"rows\": 9339", "\"rows\": -5", "rows -5 must be a positive number")]
    public void Features_TuningWithANonPositiveNumber_ExitsTwoNamingTheEntry(string original, string broken, string message)
    {
        using var directory = new TempDirectory();
        var document = RowBench.Tuning.TuningDocument.From(
            [Tuning.SyntheticCurves.Curve(new RowBench.Tuning.CostModel(1e6, 4e7, 1e3, 1))],
            new RowBench.Tuning.TuningMachine(Environment.ProcessorCount, "TestOS", ".NET 10", null),
            "default");
        string json = document.ToJson();
        Assert.Contains(original, json, StringComparison.Ordinal);
        string tuning = directory.Write("tuning.json", json.Replace(original, broken, StringComparison.Ordinal));

        HarnessRun run = HarnessRun.Of("features", "--synthetic", "--rows", "100", "--cols", "8", "--tuning", tuning);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {tuning}: entry 1 (parallel-for, fast): {message}", run.Error.Trim());
    }

    [Theory]
    [InlineData(true, "(the nearest to 1200)")]
    [InlineData(false, "(the nearest to 8192)")]
    public void Features_TuningWithAnInput_ScalesToTheRowsReadOrToOneStreamingBatch(bool inMemory, string expected)
    {
        using var directory = new TempDirectory();
        var document = RowBench.Tuning.TuningDocument.From(
            [Tuning.SyntheticCurves.Curve(new RowBench.Tuning.CostModel(1e6, 4e7, 1e3, 1), rows: 1_000)],
            new RowBench.Tuning.TuningMachine(Environment.ProcessorCount, "TestOS", ".NET 10", null),
            "default");
        string tuning = directory.Write("tuning.json", document.ToJson());
        string input = CsvFiles.IndexedRows(directory, "rows.csv", rows: 1_200);

        HarnessRun run = inMemory
            ? HarnessRun.Of("features", "--input", input, "--in-memory", "--tuning", tuning, "--dop", "2")
            : HarnessRun.Of("features", "--input", input, "--tuning", tuning, "--dop", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.Equal(1_201, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
