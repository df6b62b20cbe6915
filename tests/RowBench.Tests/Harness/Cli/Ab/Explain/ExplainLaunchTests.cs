using System.Text.Json;
using RowBench.Harness.Cli.Ab;
using RowBench.Harness.Cli.Ab.Explain;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Ab.Explain;

/// <summary>
/// The explaining launch: both sides traced in this process under its own EventPipe session, the samples split by
/// window into a profile and a speedscope file per side.
/// </summary>
public class ExplainLaunchTests
{
    private static readonly string Harness = Path.Combine(Repository.Path("bench", "RowBench.Harness", "bin", "Release", "net10.0"), "RowBench.Harness.dll");

    [Fact]
    public void Run_ATransformBenchmarkOnBothSides_ProfilesEachSideInItsOwnCode()
    {
        (PairedSide Base, PairedSide New) sides = PairedSide.TryLoadBoth(Harness, Harness, out string? reason) ?? throw new InvalidOperationException(reason);
        const string Key = "RowBench.Harness.Benchmarks.TransformBenchmarks.Fast(RowType: \"int32\", Columns: 4096)";
        using var folder = new TempDirectory();

        ExplainLaunch.Explained explained = Assert.Single(new ExplainLaunch(sides.Base, sides.New).Run(40, [1], "*TransformBenchmarks.Fast*", [Key], folder.Path, _ => { }));

        Assert.Equal(Key, explained.Key);
        foreach (var profile in new[] { explained.Base, explained.New })
        {
            Assert.True(profile.Operations > 0);
            Assert.InRange(profile.Milliseconds, ExplainLaunch.WindowsPerSide * ExplainLaunch.Window.TotalMilliseconds, 60_000);
            Assert.True(profile.Samples > 0, "no sample of the benchmarked code");
            // The transform's own method is on the stacks, named; this host's measuring frames are not the benchmark's.
            Assert.Contains(profile.Methods, method => method.Key.StartsWith("RowBench.Transforms.", StringComparison.Ordinal) && method.Value.IsOwnCode);
            Assert.DoesNotContain(profile.Methods, method => method.Key.StartsWith("RowBench.Harness.Cli.", StringComparison.Ordinal) && method.Value.IsOwnCode);
        }

        Assert.False(File.Exists(Path.Combine(folder.Path, "01.nettrace")), "the .nettrace was not deleted");
        foreach (string trace in new[] { explained.BaseTrace, explained.NewTrace })
        {
            string path = Path.Combine(folder.Path, trace);
            Assert.InRange(new FileInfo(path).Length, 100, 5_000_000);
            SpeedscopeSchema.AssertValid(File.ReadAllText(path), path);
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
            int frames = document.RootElement.GetProperty("shared").GetProperty("frames").GetArrayLength();
            Assert.All(document.RootElement.GetProperty("profiles").EnumerateArray().SelectMany(profile => profile.GetProperty("samples").EnumerateArray()).SelectMany(stack => stack.EnumerateArray()),
                frame => Assert.InRange(frame.GetInt32(), 0, frames - 1));
        }
    }
}
