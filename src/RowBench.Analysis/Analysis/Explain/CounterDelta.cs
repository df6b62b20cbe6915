namespace RowBench.Analysis.Explain;

/// <summary>One runtime counter per operation, base and new, over the verdict's own launches.</summary>
/// <param name="Name">The counter (<c>allocatedBytes</c>, <c>gen0Collections</c>, <c>lockContentions</c>, …).</param>
/// <param name="BaseMedian">The median over launches of the base side's value per operation.</param>
/// <param name="NewMedian">The same for the new side.</param>
/// <param name="Spread">The base side's launch-to-launch spread: 1.4826 × the median absolute deviation of its launches.</param>
/// <param name="Launches">Launches with both sides' value.</param>
/// <param name="LaunchesUp">Launches whose new value is above their base value.</param>
/// <param name="LaunchesDown">Launches whose new value is below their base value.</param>
/// <param name="StandsOut">The change stands out of the launches' spread (<see cref="CounterComparison"/>).</param>
public sealed record CounterDelta(string Name, double BaseMedian, double NewMedian, double Spread, int Launches, int LaunchesUp, int LaunchesDown, bool StandsOut)
{
    /// <summary>New minus base, per operation.</summary>
    public double Delta => NewMedian - BaseMedian;

    /// <summary>New ÷ base; null when the base is zero.</summary>
    public double? Ratio => BaseMedian == 0 ? null : NewMedian / BaseMedian;
}
