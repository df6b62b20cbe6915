namespace RowBench.Analysis.Comparison;

/// <summary>
/// Holm's step-down correction: adjusted p-values that keep the chance of any false verdict across a family of tests
/// at α, so that a run of 39 benchmarks is not "changed" somewhere by chance alone.
/// </summary>
public static class HolmCorrection
{
    /// <summary>The adjusted p-values, in the order given: each is compared with α directly.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        int count = pValues.Count;
        int[] order = [.. Enumerable.Range(0, count).OrderBy(index => pValues[index])];
        double[] adjusted = new double[count];
        double running = 0;
        for (int rank = 0; rank < count; rank++)
        {
            int index = order[rank];
            running = Math.Max(running, Math.Min(1, (count - rank) * pValues[index]));
            adjusted[index] = running;
        }

        return adjusted;
    }
}
