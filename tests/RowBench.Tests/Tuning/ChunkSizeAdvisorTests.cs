using RowBench.IO;
using RowBench.Analysis;
using RowBench.Tests.TestDoubles;
using RowBench.Tuning;

namespace RowBench.Tests.Tuning;

public class ChunkSizeAdvisorTests
{
    private static readonly TuningDocument Document = TuningDocument.From(
        [SyntheticCurves.Curve(new CostModel(1e6, 4e7, 1e3, 1))],
        new TuningMachine(2, "TestOS", ".NET 10", "Test CPU"),
        "default");

    [Fact]
    public void ChunkSizeFor_TunedRowsAndDegree_IsTheRecommendation()
    {
        var advisor = new ChunkSizeAdvisor(Document);

        Assert.Equal(256, advisor.ChunkSizeFor("parallel-for", "fast", degree: 2, rows: 9_339, processorCount: 2));
        Assert.Equal(256, advisor.ChunkSizeFor("PARALLEL-FOR", "fast", degree: 2, processorCount: 2));
    }

    [Fact]
    public void ChunkSizeFor_FourTimesTheRows_ScalesWithTheSquareRoot()
    {
        var advisor = new ChunkSizeAdvisor(Document);

        Assert.Equal(512, advisor.ChunkSizeFor("parallel-for", "fast", degree: 2, rows: 4 * 9_339, processorCount: 2));
    }

    [Theory]
    [InlineData("plinq", "fast", 2)]
    [InlineData("parallel-for", "faithful", 2)]
    [InlineData("parallel-for", "fast", 8)]
    public void ChunkSizeFor_NoEntryFits_FallsBackToTheStrategyDefault(string strategy, string transform, int degree)
    {
        Assert.Equal(0, new ChunkSizeAdvisor(Document).ChunkSizeFor(strategy, transform, degree, rows: 9_339, processorCount: 2));
    }

    [Fact]
    public void Load_WrittenDocument_RoundTrips()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("tuning.json", Document.ToJson());

        ChunkSizeAdvisor advisor = ChunkSizeAdvisor.Load(path);

        Assert.Equal(256, advisor.ChunkSizeFor("parallel-for", "fast", degree: 2, rows: 9_339, processorCount: 2));
        Assert.Contains("\"recommendedChunkSize\": 256", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("{ \"entries\": [] }", "not a tuning file")]
    public void Load_BadFile_NamesTheFile(string content, string expected)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("tuning.json", content);

        var error = Assert.Throws<ResultFormatException>(() => ChunkSizeAdvisor.Load(path));

        Assert.StartsWith(path + ": " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_TuningOfAnotherProcessorCount_GivesNoChunkSizeAndSaysWhy()
    {
        ChunkSizeAdvice advice = new ChunkSizeAdvisor(Document).Advise("parallel-for", "fast", degree: 2, rows: 9_339, processorCount: 16);

        Assert.Equal(0, advice.ChunkSize);
        Assert.Null(advice.Entry);
        Assert.Contains("measured on 2 processors and this machine has 16", advice.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_200, 1_000)]
    [InlineData(8_000, 9_339)]
    public void Advise_SeveralRowCounts_UsesTheNearestEntry(int rows, int expectedEntryRows)
    {
        TuningDocument document = TuningDocument.From(
            [SyntheticCurves.Curve(new CostModel(1e6, 4e7, 1e3, 1)), SyntheticCurves.Curve(new CostModel(1e6, 4e7, 1e3, 1), rows: 1_000)],
            new TuningMachine(2, "TestOS", ".NET 10", "Test CPU"),
            "default");

        ChunkSizeAdvice advice = new ChunkSizeAdvisor(document).Advise("parallel-for", "fast", degree: 2, rows: rows, processorCount: 2);

        Assert.Equal(expectedEntryRows, advice.Entry!.Rows);
        Assert.Contains($"{expectedEntryRows} rows", advice.Explanation, StringComparison.Ordinal);
    }
}
