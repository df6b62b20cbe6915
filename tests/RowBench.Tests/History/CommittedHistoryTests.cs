using RowBench.History;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.History;

/// <summary>The committed history (results/history/runs) judged by today's rules: its real steps found, its false alert gone.</summary>
public class CommittedHistoryTests
{
    private static readonly HistoryAnalysis Analysis = HistoryAnalysis.Analyse(HistoryStore.Read(Repository.Path("results", "history", "runs")).Runs, new HistoryOptions());

    [Theory]
    [InlineData("RowBench.Harness.Benchmarks.OverheadBenchmarks.Dataflow(Rows: 1000, ChunkSize: 0, DegreeOfParallelism: 2)")]
    [InlineData("RowBench.Harness.Benchmarks.OverheadBenchmarks.Dataflow(Rows: 1000, ChunkSize: 1, DegreeOfParallelism: 2)")]
    public void Analyse_TheDataflowSpeedUp_IsAStepAtA18dc70(string key)
    {
        HistorySeries series = Analysis.Machines.Single().Series.Single(candidate => candidate.Key == key);

        HistoryStep step = Assert.Single(series.ReportedSteps, candidate => candidate.Run.Commit.StartsWith("a18dc70", StringComparison.Ordinal));
        Assert.False(step.IsSlower);
    }

    [Fact]
    public void Analyse_TheBimodalParallelForSeries_RaisesNoAlert()
    {
        HistorySeries series = Analysis.Machines.Single().Series.Single(candidate => candidate.Key.Contains("OverheadBenchmarks.ParallelFor(Rows: 1000, ChunkSize: 1,", StringComparison.Ordinal));

        Assert.NotNull(series.Bimodal);
        Assert.DoesNotContain(Analysis.Alerts, step => step.Run.Commit.StartsWith("d62e896", StringComparison.Ordinal));
        Assert.Empty(Analysis.Alerts);
    }
}
