using RowBench.Analysis.Comparison;

namespace RowBench.Analysis.Explain;

/// <summary>Why one benchmark's time changed: its counters over the verdict's launches and both sides' traced profiles.</summary>
/// <param name="Key">The benchmark's full name.</param>
/// <param name="Verdict">Its verdict.</param>
/// <param name="Ratio">Its new ÷ base time.</param>
/// <param name="Counters">Each runtime counter per operation, base and new (<see cref="CounterComparison"/>).</param>
/// <param name="Base">The base side's traced profile.</param>
/// <param name="New">The new side's traced profile.</param>
/// <param name="BaseQueueLength">The thread pool's mean queue length during the base side's traced windows.</param>
/// <param name="NewQueueLength">The same for the new side.</param>
/// <param name="BaseTrace">The base side's speedscope file, relative to the report.</param>
/// <param name="NewTrace">The new side's speedscope file, relative to the report.</param>
/// <param name="UntracedBaseMilliseconds">The base side's time per operation in the verdict's launches (untraced), for the sampler's dilation.</param>
public sealed record BenchmarkExplanation(
    string Key, Verdict Verdict, double Ratio, IReadOnlyList<CounterDelta> Counters, MethodProfile Base, MethodProfile New,
    double BaseQueueLength, double NewQueueLength, string BaseTrace, string NewTrace, double UntracedBaseMilliseconds)
{
    /// <summary>The methods of the benchmarked code whose inclusive time per operation grew most.</summary>
    public IReadOnlyList<MethodDelta> Inclusive => ProfileComparison.TopInclusive(Base, New);

    /// <summary>The methods whose exclusive time per operation grew most.</summary>
    public IReadOnlyList<MethodDelta> Exclusive => ProfileComparison.TopExclusive(Base, New);

    /// <summary>The counters whose change stands out.</summary>
    public IEnumerable<CounterDelta> StandingOut => Counters.Where(counter => counter.StandsOut);

    /// <summary>The sampler's cost: the base side's traced time per operation ÷ its untraced time (1.0: none).</summary>
    public double? Dilation => UntracedBaseMilliseconds > 0 && Base.Operations > 0 ? Base.Milliseconds / Base.Operations / UntracedBaseMilliseconds : null;
}
