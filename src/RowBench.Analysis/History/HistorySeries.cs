using RowBench.Analysis;

namespace RowBench.History;

/// <summary>One benchmark over one machine's runs, and the steps found in it.</summary>
/// <param name="Bimodal">The second mode of a benchmark whose runs fall into two groups, or null; its runs are left out of the steps.</param>
public sealed record HistorySeries(string Key, IReadOnlyList<HistoryPoint> Points, IReadOnlyList<HistoryStep> Steps, Bimodality? Bimodal = null)
{
    /// <summary>The steps that are significant and large enough to report.</summary>
    public IEnumerable<HistoryStep> ReportedSteps => Steps.Where(step => step.IsReported);

    /// <summary>The series' level now: the median of the runs after its last reported step (of the main mode, when bimodal).</summary>
    public double CurrentLevel
    {
        get
        {
            int from = ReportedSteps.Select(step => step.RunIndex).DefaultIfEmpty(0).Max();
            HashSet<int> left = Bimodal is null ? [] : [.. Bimodal.MinorityIndices.Select(index => Points[index].RunIndex)];
            return BenchmarkResult.Median([.. Points.Where(point => point.RunIndex >= from && !left.Contains(point.RunIndex)).Select(point => point.Benchmark.MedianNanoseconds)]);
        }
    }
}
