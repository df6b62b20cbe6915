using RowBench.Harness.Cli;
using RowBench.Harness.Cli.Run;
using RowBench.Harness.Suite;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Run;

/// <summary>run --trace: each case of the run traced in this process, a speedscope file each and an index compare reads (the suite grid is process-wide: alone).</summary>
[Collection(RowBench.Tests.Harness.Transforms.ProcessWideTransforms.Name)]
public class RunTracesTests
{
    [Fact]
    public void Write_TheFastTransformCases_TracesEachAndReadsThemBack()
    {
        const string Filter = "*TransformBenchmarks.Fast*";
        PairedCases.Keys(40, [1], Filter);
        using var folder = new TempDirectory();
        var output = new StringWriter();

        RunTraces.Write(folder.Path, Filter, new HarnessConsole(output, new StringWriter(), () => new MemoryStream()));

        IReadOnlyDictionary<string, TracedCase> traced = RunTraces.Read(folder.Path) ?? throw new InvalidOperationException("no index");
        Assert.Equal(2, traced.Count);
        Assert.All(traced.Values, each =>
        {
            Assert.True(each.Profile.Operations > 0);
            Assert.Contains(each.Profile.Methods.Keys, method => method.StartsWith("RowBench.Transforms.", StringComparison.Ordinal));
            string path = Path.Combine(folder.Path, RunTraces.Folder, each.Trace);
            SpeedscopeSchema.AssertValid(File.ReadAllText(path), path);
        });
        Assert.Contains("run: traced 2 of 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AFolderWithoutTraces_IsNull()
    {
        using var folder = new TempDirectory();

        Assert.Null(RunTraces.Read(folder.Path));
    }

    [Fact]
    public void Read_ACorruptIndex_IsBadInputNamingTheFile()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(folder.Path, RunTraces.Folder));
        File.WriteAllText(Path.Combine(folder.Path, RunTraces.Folder, RunTraces.IndexFile), "{ not json");

        UsageException exception = Assert.Throws<UsageException>(() => RunTraces.Read(folder.Path));
        Assert.Contains(RunTraces.IndexFile, exception.Message, StringComparison.Ordinal);
    }
}
