using MathNet.Numerics.LinearRegression;

namespace RowBench.Tuning;

/// <summary>
/// time(c) ≈ a + b/c + d·c for chunk size c: <c>a</c> the work itself, <c>b/c</c> the per-chunk overhead (rows ÷ c
/// chunks), <c>d·c</c> the load imbalance at the end, which grows with the chunk. The optimum lies at √(b/d).
/// </summary>
/// <param name="A">Time that does not depend on the chunk size, in nanoseconds.</param>
/// <param name="B">Overhead coefficient: nanoseconds × rows per chunk.</param>
/// <param name="D">Imbalance coefficient: nanoseconds per row of chunk.</param>
/// <param name="RSquared">The weighted coefficient of determination of the fit, with the fit's own weights (relative
/// errors): 1 − Σw(t − t̂)² ÷ Σw(t − t̄w)². 1 is a perfect fit; 0 or less, no better than a flat line.</param>
public sealed record CostModel(double A, double B, double D, double RSquared)
{
    /// <summary>The predicted time at chunk size <paramref name="chunkSize"/>.</summary>
    public double Predict(double chunkSize) => A + (B / chunkSize) + (D * chunkSize);

    /// <summary>
    /// The chunk size with the least predicted time, within [1, <paramref name="largest"/>]: √(b/d) when both terms
    /// are positive; the largest size when there is no imbalance term; 1 when there is no overhead term.
    /// </summary>
    public double Optimum(int largest)
    {
        double optimum = (B, D) switch
        {
            ( > 0, > 0) => Math.Sqrt(B / D),
            ( > 0, _) => largest,
            _ => 1,
        };
        return Math.Clamp(optimum, 1, Math.Max(1, largest));
    }

    /// <summary>
    /// Fits the model to measured (chunk size, time) points by least squares on relative errors, so that the slow
    /// end of the curve (chunks of one row) does not drown the flat region where the optimum lies.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than three distinct chunk sizes.</exception>
    public static CostModel Fit(IReadOnlyList<(int ChunkSize, double Nanoseconds)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Select(point => point.ChunkSize).Distinct().Count() < 3)
        {
            throw new ArgumentException("The cost model needs at least three distinct chunk sizes.", nameof(points));
        }

        double[][] basis = [.. points.Select(point => new[] { 1.0, 1.0 / point.ChunkSize, point.ChunkSize })];
        double[] times = [.. points.Select(point => point.Nanoseconds)];
        double[] weights = [.. times.Select(time => 1 / (time * time))];
        double[] coefficients = WeightedRegression.Weighted(basis, times, weights, intercept: false);
        var model = new CostModel(coefficients[0], coefficients[1], coefficients[2], 0);
        double[] predicted = [.. points.Select(point => model.Predict(point.ChunkSize))];
        return model with { RSquared = WeightedCoefficientOfDetermination(times, predicted, weights) };
    }

    // MathNet's GoodnessOfFit.RSquared is the squared Pearson correlation, unweighted: not what a weighted fit explains.
    private static double WeightedCoefficientOfDetermination(double[] observed, double[] predicted, double[] weights)
    {
        double weightedMean = observed.Zip(weights, (value, weight) => value * weight).Sum() / weights.Sum();
        double residual = 0, total = 0;
        for (int index = 0; index < observed.Length; index++)
        {
            residual += weights[index] * Math.Pow(observed[index] - predicted[index], 2);
            total += weights[index] * Math.Pow(observed[index] - weightedMean, 2);
        }

        return total == 0 ? 1 : 1 - (residual / total);
    }
}
