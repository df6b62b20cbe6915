using RowBench.Harness.Benchmarks;
using RowBench.Harness.Suite;

namespace RowBench.Tests.Harness.Suite;

public class SuitePlanTests
{
    [Fact]
    public void For_QuickOnTwoCores_IsTheDocumentedGrid()
    {
        SuitePlan plan = SuitePlan.For(BenchmarkPreset.Quick, processorCount: 2);

        Assert.Equal("rows 1000; chunk sizes 1, 100; degrees 1, 2; transforms faithful, fast; overhead degrees 2; streaming rows 20000", plan.ToString());
    }

    [Fact]
    public void For_DefaultOnTwelveCores_DoublesDegreesUpToTheProcessorCount()
    {
        SuitePlan plan = SuitePlan.For(BenchmarkPreset.Default, processorCount: 12);

        Assert.Equal([1, 2, 4, 8, 12], plan.Degrees);
        Assert.Equal([1, 12], plan.OverheadDegrees);
        Assert.Equal([9_339], plan.Rows);
        Assert.Equal([100, 4_670], plan.WideStreamingChunkSizes);
        Assert.Equal([200_000], plan.ParserRows);
        Assert.EndsWith("; wide-row streaming chunk sizes 100, 4670; parser rows 200000", plan.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void For_Quick_HasNoWideRowStreamingOrParserCase()
    {
        SuitePlan plan = SuitePlan.For(BenchmarkPreset.Quick, processorCount: 2);

        Assert.Empty(plan.WideStreamingChunkSizes);
        Assert.Empty(plan.ParserRows);
    }

    [Fact]
    public void With_TransformsForOneRun_DoesNotCarryIntoTheNextRunsPlan()
    {
        // Round one's bug: a static setter for --transforms that the next in-process run never reset.
        SuiteGrid.Use(SuitePlan.For(BenchmarkPreset.Quick, 2).With(rows: null, chunkSizes: null, degrees: [3], transforms: ["fast"]));
        Assert.Equal(["fast"], SuiteGrid.Transforms);
        Assert.Equal([3], SuiteGrid.OverheadDegrees);

        SuiteGrid.Use(SuitePlan.For(BenchmarkPreset.Quick, 2).With(null, null, null, null));

        Assert.Equal(["faithful", "fast"], SuiteGrid.Transforms);
        Assert.Equal([1, 2], SuiteGrid.Degrees);
    }
}
