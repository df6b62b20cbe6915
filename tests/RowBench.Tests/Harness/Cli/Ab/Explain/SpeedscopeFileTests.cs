using System.Text.Json;
using RowBench.Harness.Cli.Ab.Explain;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Harness.Cli.Ab.Explain;

/// <summary>The speedscope files ab --explain writes: sampled profiles, root first, thinned past the cap.</summary>
public class SpeedscopeFileTests
{
    [Fact]
    public void Write_TwoThreadsSamples_GivesAProfileEachWithTheStackRootFirst()
    {
        var file = new SpeedscopeFile("base");
        file.Add(thread: 7, at: 1, ["Leaf", "Middle", "Root"]);
        file.Add(thread: 7, at: 2, ["Other", "Root"]);
        file.Add(thread: 9, at: 1, ["Leaf", "Root"]);
        using var folder = new TempDirectory();
        string path = folder.File("base.speedscope.json");

        file.Write(path, intervalMilliseconds: 1.5);

        string json = File.ReadAllText(path);
        SpeedscopeSchema.AssertValid(json, path);
        using JsonDocument document = JsonDocument.Parse(json);
        string[] frames = [.. document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray().Select(frame => frame.GetProperty("name").GetString()!)];
        JsonElement first = document.RootElement.GetProperty("profiles")[0];
        Assert.Equal("thread 7", first.GetProperty("name").GetString());
        Assert.Equal(["Root", "Middle", "Leaf"], first.GetProperty("samples")[0].EnumerateArray().Select(frame => frames[frame.GetInt32()]));
        Assert.Equal(1.5, first.GetProperty("weights")[0].GetDouble());
        Assert.Equal(2, document.RootElement.GetProperty("profiles").GetArrayLength());
    }

    [Fact]
    public void Write_MoreSamplesThanTheCap_KeepsEveryKthWithKTimesTheWeight()
    {
        var file = new SpeedscopeFile("new");
        for (int index = 0; index < (2 * SpeedscopeFile.MaximumSamples) + 2; index++)
        {
            file.Add(thread: 1, at: index, ["Leaf", "Root"]);
        }

        using var folder = new TempDirectory();
        string path = folder.File("new.speedscope.json");
        file.Write(path, intervalMilliseconds: 1);

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement profile = document.RootElement.GetProperty("profiles")[0];
        Assert.InRange(profile.GetProperty("samples").GetArrayLength(), 1, SpeedscopeFile.MaximumSamples);
        // The total weight still stands for every sample (within one kept sample's weight).
        double total = profile.GetProperty("weights").EnumerateArray().Sum(weight => weight.GetDouble());
        Assert.InRange(total, (2 * SpeedscopeFile.MaximumSamples) + 2 - 3, (2 * SpeedscopeFile.MaximumSamples) + 2 + 3);
    }
}
