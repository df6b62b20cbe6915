using RowBench.Harness.Suite;

namespace RowBench.Tests.Harness.Suite;

public class RunEstimateTests
{
    private static readonly string[] FaithfulPlinq = ["StrategyBenchmarks.Plinq|faithful|9339|", "StrategyBenchmarks|faithful", "StrategyBenchmarks"];
    private static readonly string[] FastPlinq = ["StrategyBenchmarks.Plinq|fast|9339|", "StrategyBenchmarks|fast", "StrategyBenchmarks"];
    private static readonly string[] FaithfulDataflow = ["StrategyBenchmarks.Dataflow|faithful|9339|", "StrategyBenchmarks|faithful", "StrategyBenchmarks"];

    [Fact]
    public void Predict_NothingMeasured_IsNoEstimate()
    {
        Assert.True(double.IsNaN(new RunEstimate().Predict(FaithfulPlinq)));
    }

    [Fact]
    public void Predict_ACaseLikeOneMeasured_TakesTheMostAlike()
    {
        var estimate = new RunEstimate();
        estimate.Add(FaithfulPlinq, 60);
        estimate.Add(FastPlinq, 2);

        // Dataflow on faithful has not run: it is predicted from faithful cases, not from the mean of everything.
        Assert.Equal(60, estimate.Predict(FaithfulDataflow));
        Assert.Equal(2, estimate.Predict(FastPlinq));
        Assert.Equal(31, estimate.Predict(["OverheadBenchmarks.Plinq|||", "OverheadBenchmarks|", "OverheadBenchmarks"]));
    }

    [Fact]
    public void Remaining_SumsThePredictions()
    {
        var estimate = new RunEstimate();
        estimate.Add(FaithfulPlinq, 60);
        estimate.Add(FastPlinq, 2);

        Assert.Equal(122, estimate.Remaining([FaithfulDataflow, FaithfulPlinq, FastPlinq]));
    }
}
