namespace RowBench.Harness.Suite;

/// <summary>
/// How long the cases still to run will take, learnt from those already measured: each remaining case is predicted by
/// the mean time of the measured cases most like it — same class, method and parameters that set its work (the
/// transform, the rows), else same class and transform, else same class, else all — so that a 6-second faithful case
/// is not predicted from a 50-millisecond fast one. Before any case is measured there is no estimate.
/// </summary>
internal sealed class RunEstimate
{
    private readonly List<(IReadOnlyList<string> Keys, double Seconds)> _measured = [];

    /// <summary>Cases measured so far.</summary>
    public int Measured => _measured.Count;

    /// <summary>Records a measured case: its keys from the most to the least specific, and its time.</summary>
    public void Add(IReadOnlyList<string> keys, double seconds)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _measured.Add((keys, seconds));
    }

    /// <summary>The predicted time of a case with <paramref name="keys"/>; NaN before any case is measured.</summary>
    public double Predict(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (_measured.Count == 0)
        {
            return double.NaN;
        }

        for (int level = 0; level < keys.Count; level++)
        {
            double[] alike = [.. _measured.Where(entry => entry.Keys.Count > level && entry.Keys[level] == keys[level]).Select(entry => entry.Seconds)];
            if (alike.Length > 0)
            {
                return alike.Average();
            }
        }

        return _measured.Average(entry => entry.Seconds);
    }

    /// <summary>The predicted time of every case in <paramref name="remaining"/>; NaN before any case is measured.</summary>
    public double Remaining(IEnumerable<IReadOnlyList<string>> remaining) => remaining.Sum(Predict);
}
