using MathNet.Numerics.Distributions;

namespace RowBench.Analysis.Sequential;

/// <summary>
/// Lan and DeMets' O'Brien–Fleming-type alpha-spending function: how much of a one-sided α may be spent by the time a
/// fraction t of the planned samples is in, α(t) = 2 − 2Φ(z₁₋α/₂ ÷ √t). It spends almost nothing at the early looks
/// (α(1/3) ≈ 0.0007 of 0.05) and keeps nearly all of α for the last, so that looking early costs the final test little
/// power. Each look is tested at its increment α(tₖ) − α(tₖ₋₁), and the last look at whatever is left: by the union
/// bound over looks, the chance of a false verdict at any look stays at α whatever the stopping rule.
/// </summary>
public static class AlphaSpending
{
    /// <summary>The α spent by information fraction <paramref name="fraction"/> (0–1) of a one-sided level <paramref name="alpha"/>.</summary>
    public static double Spent(double fraction, double alpha)
    {
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must be above 0 and below 1.");
        }

        if (fraction <= 0)
        {
            return 0;
        }

        if (fraction >= 1)
        {
            return alpha;
        }

        double boundary = Normal.InvCDF(0, 1, 1 - (alpha / 2)) / Math.Sqrt(fraction);
        return Math.Min(alpha, 2 * (1 - Normal.CDF(0, 1, boundary)));
    }
}
