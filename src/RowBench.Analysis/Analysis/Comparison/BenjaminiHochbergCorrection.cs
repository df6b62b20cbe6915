namespace RowBench.Analysis.Comparison;

/// <summary>
/// Benjamini and Hochberg's step-up correction (1995): adjusted p-values that keep the expected share of false
/// verdicts among all verdicts at α. When nothing changed (an A/A run), any verdict is false, so the chance of any
/// verdict at all is also held at α, as Holm holds it; when one change slows several benchmarks, the others need less
/// evidence each than Holm asks, so a strategy made 40% slower is caught in every one of its cases, not only in most.
/// </summary>
public static class BenjaminiHochbergCorrection
{
    /// <summary>The adjusted p-values, in the order given: each is compared with α directly.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        int count = pValues.Count;
        int[] order = [.. Enumerable.Range(0, count).OrderBy(index => pValues[index])];
        double[] adjusted = new double[count];
        double running = 1;
        for (int rank = count; rank >= 1; rank--)
        {
            int index = order[rank - 1];
            running = Math.Min(running, Math.Min(1, pValues[index] * count / rank));
            adjusted[index] = running;
        }

        return adjusted;
    }
}
