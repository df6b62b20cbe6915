using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using RowBench.Harness.Suite;
using RowBench.Harness.Suite.Budget;

namespace RowBench.Tests.Harness.Suite;

public class RunBudgetPlannerTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(30);

    [Fact]
    public void Plan_SixSecondOperationWithRoomToSpare_GetsOneWarmupAndFiveIterations()
    {
        RunBudgetPlan plan = RunBudgetPlanner.Plan([new PilotCase("long", 6, 1), new PilotCase("short", 0.001, 0.2)], Budget, Budget, 10, inProcess: false);

        Assert.Equal(new CaseCounts(1, 5), plan.Counts["long"]);
        Assert.Equal(CaseCounts.Preset, plan.Counts["short"]);
        Assert.False(plan.Exceeded);
        Assert.True(plan.PlannedSeconds < plan.PresetSeconds);
    }

    [Fact]
    public void Plan_OverTheBudget_TheLongestLoseIterationsFirstAndTheShortNone()
    {
        PilotCase[] cases = [new("six", 6, 0), new("three", 3, 0), new("two", 2, 0), new("short", 0.01, 0)];
        double fiveEach = cases.Sum(pilot => RunBudgetPlanner.Seconds(pilot, pilot.OperationSeconds >= 1 ? new CaseCounts(1, 5) : CaseCounts.Preset, inProcess: false));
        // Room for everything but one iteration of the longest case.
        TimeSpan available = TimeSpan.FromSeconds(fiveEach - 3);

        RunBudgetPlan plan = RunBudgetPlanner.Plan(cases, Budget, available, 10, inProcess: false);

        Assert.Equal(4, plan.Counts["six"].Iterations);
        Assert.Equal(5, plan.Counts["three"].Iterations);
        Assert.Equal(5, plan.Counts["two"].Iterations);
        Assert.Equal(CaseCounts.Preset, plan.Counts["short"]);
        Assert.True(plan.PlannedSeconds <= available.TotalSeconds);
        Assert.Contains("1 of the longest get 4 measured iterations", plan.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_BudgetTooSmallForTheFewestCounts_CutsToThreeAndSaysItWillOverrun()
    {
        RunBudgetPlan plan = RunBudgetPlanner.Plan([new PilotCase("six", 6, 0), new PilotCase("three", 3, 0)], Budget, TimeSpan.FromSeconds(10), 10, inProcess: false);

        Assert.All(plan.Counts.Values, counts => Assert.Equal(new CaseCounts(1, CaseCounts.FewestIterations), counts));
        Assert.True(plan.Exceeded);
        Assert.Contains("will overrun its budget", plan.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 1.0)]
    [InlineData(4, 1.68)]
    [InlineData(3, 4.74)]
    public void IntervalWidening_FewerIterations_IsTheRatioOfStudentIntervals(int iterations, double expected)
    {
        Assert.Equal(expected, RunBudgetPlan.IntervalWidening(iterations), 2);
    }

    [Fact]
    public void Create_WithAPlan_GivesEachCaseTheJobOfItsPlannedCounts()
    {
        string Key(string method) => BenchmarkConverter.TypeToBenchmarks(typeof(SleepingBenchmarks)).BenchmarksCases.Select(CaseKeys.Of).Single(key => key.Contains("." + method + "(", StringComparison.Ordinal));
        var counts = new Dictionary<string, CaseCounts> { [Key("LongOperation")] = new CaseCounts(1, 3), [Key("ShortOperation")] = CaseCounts.Preset };
        var plan = new RunBudgetPlan(Budget, Budget, counts, counts.ToDictionary(entry => entry.Key, _ => 1.0), 2, 1);

        IConfig config = BenchmarkConfigFactory.Create(BenchmarkPreset.Default, Path.GetTempPath(), NullLogger.Instance, inProcess: true, budget: plan);
        BenchmarkCase[] cases = BenchmarkConverter.TypeToBenchmarks(typeof(SleepingBenchmarks), config).BenchmarksCases;

        Assert.Equal(2, cases.Length);
        Assert.Equal(new CaseCounts(1, 3), BudgetJobFilter.CountsOf(cases.Single(benchmarkCase => benchmarkCase.Descriptor.WorkloadMethod.Name == "LongOperation").Job));
        Assert.Equal(CaseCounts.Preset, BudgetJobFilter.CountsOf(cases.Single(benchmarkCase => benchmarkCase.Descriptor.WorkloadMethod.Name == "ShortOperation").Job));
        // One job id for the reports and the summary, whatever the counts.
        Assert.All(cases, benchmarkCase => Assert.Equal("DefaultPreset", benchmarkCase.Job.Id));
    }
}
