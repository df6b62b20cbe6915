using RowBench.Analysis;
using RowBench.Analysis.Summary;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis.Summary;

/// <summary>The summary of each committed reference run: a renamed benchmark would empty a section, and fail here.</summary>
public class SuiteSummaryTests
{
    [Theory]
    [InlineData("reference")]
    [InlineData("baseline-quick")]
    public void From_CommittedRun_FillsEverySection(string folder)
    {
        string path = Repository.Path("results", folder);

        SuiteSummary summary = SuiteSummary.From(BenchmarkResultReader.Read(path), RunInfo.TryRead(path), PeakMemoryFile.Read(path));

        Assert.NotEmpty(summary.Grids);
        Assert.NotEmpty(summary.Headlines);
        Assert.NotEmpty(summary.Overheads);
        Assert.NotEmpty(summary.Transforms);
        Assert.NotEmpty(summary.Streaming);
        Assert.All(summary.Headlines, headline => Assert.True(headline.SequentialNanoseconds > 0));
    }

    [Fact]
    public void From_ReferenceRun_HeadlinesBothTransformsWithASpeedUp()
    {
        string path = Repository.Path("results", "reference");

        SuiteSummary summary = SuiteSummary.From(BenchmarkResultReader.Read(path), RunInfo.TryRead(path), PeakMemoryFile.Read(path));

        Assert.Equal(["faithful", "fast"], summary.Headlines.Select(headline => headline.Transform).Order());
    }

    [Fact]
    public void From_CommittedDistributedRun_PairsEveryDistributedCaseWithParallelForAndFillsTheCallFloor()
    {
        string path = Repository.Path("results", "distributed");

        SuiteSummary summary = SuiteSummary.From(BenchmarkResultReader.Read(path), RunInfo.TryRead(path), PeakMemoryFile.Read(path));

        // 2 transforms × 2 worker counts × 3 chunk sizes × 2 data paths, each beside parallel-for at its chunk size.
        Assert.Equal(24, summary.Distributed.Count);
        Assert.All(summary.Distributed, row => Assert.NotNull(row.ParallelForNanoseconds));
        Assert.Equal([1, 2], summary.DistributedCalls.Select(row => row.Workers));
        Assert.All(summary.DistributedCalls, row =>
        {
            Assert.NotNull(row.OneInFlightNanoseconds);
            Assert.NotNull(row.DegreeInFlightNanoseconds);
            Assert.NotNull(row.SerializeChunkNanoseconds);
        });
        Assert.Empty(summary.Grids);
    }
}
