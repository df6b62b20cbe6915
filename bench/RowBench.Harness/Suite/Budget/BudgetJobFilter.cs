using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Suite.Budget;

/// <summary>
/// The run's config holds one job per <see cref="CaseCounts"/> in the plan (all with the preset's id, so that the
/// reports and the summary see one job); this keeps, for each case, only the job of its planned counts.
/// </summary>
internal sealed class BudgetJobFilter(RunBudgetPlan plan) : IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        CaseCounts planned = plan.Counts.TryGetValue(CaseKeys.Of(benchmarkCase), out CaseCounts? counts) ? counts : CaseCounts.Preset;
        return CountsOf(benchmarkCase.Job) == planned;
    }

    /// <summary>The counts a job of <see cref="BenchmarkConfigFactory"/> sets.</summary>
    public static CaseCounts CountsOf(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        int? warmups = job.Run.HasValue(RunMode.WarmupCountCharacteristic) ? job.Run.WarmupCount : null;
        return new CaseCounts(warmups, job.Run.IterationCount);
    }
}
