using System.Globalization;

namespace RowBench.Analysis.Sequential;

/// <summary>
/// A fixed schedule of looks at a growing set of paired samples: the first at <see cref="FirstLook"/> samples, then every
/// <see cref="Every"/>, up to <see cref="Maximum"/>, the planned maximum (information fraction 1). A look that no further
/// sample will follow — the budget's time is up, or the maximum is reached — is the last and is tested at all the α that
/// is left; any other look at its increment of <see cref="AlphaSpending"/>. Where the run stops is decided by time and by
/// the looks' own decisions, never by moving the schedule.
/// </summary>
/// <param name="SignificanceLevel">The one-sided α of the whole run, over all its looks.</param>
/// <param name="FirstLook">Samples at the first look.</param>
/// <param name="Every">Samples between looks.</param>
/// <param name="Maximum">The most samples the run takes.</param>
public sealed record LookSchedule(double SignificanceLevel, int FirstLook, int Every, int Maximum)
{
    /// <summary>Whether a look is due at <paramref name="samples"/> (the last one is always a look).</summary>
    public bool IsLook(int samples) =>
        samples >= Maximum || (samples >= FirstLook && (samples - FirstLook) % Every == 0);

    /// <summary>The level of a look at <paramref name="samples"/> after <paramref name="spentBefore"/> was spent at earlier looks.</summary>
    public double LevelAt(int samples, double spentBefore, bool isLast)
    {
        double spent = isLast ? SignificanceLevel : AlphaSpending.Spent((double)samples / Maximum, SignificanceLevel);
        return Math.Max(0, spent - spentBefore);
    }

    /// <summary>The schedule for a report: "looks at 8, 12, 16, 20 and 24 paired launches".</summary>
    public string Describe()
    {
        var looks = new List<int>();
        for (int samples = FirstLook; samples < Maximum; samples += Every)
        {
            looks.Add(samples);
        }

        looks.Add(Maximum);
        string list = looks.Count == 1 ? looks[0].ToString(CultureInfo.InvariantCulture)
            : string.Join(", ", looks.Take(looks.Count - 1).Select(look => look.ToString(CultureInfo.InvariantCulture))) + " and " + looks[^1].ToString(CultureInfo.InvariantCulture);
        return $"looks at {list}";
    }
}
