namespace RowBench.Analysis.Comparison;

/// <summary>The project's own small interface over a statistical test of two samples of times per operation.</summary>
public interface ISampleComparer
{
    /// <summary>The significance level the test decides at, for the whole family of tests of one comparison.</summary>
    double SignificanceLevel { get; }

    /// <summary>The name of the test, for reports: "Mann–Whitney".</summary>
    string Name { get; }

    /// <summary>
    /// The one-sided p-values that <paramref name="newSamples"/> are slower, and faster, than
    /// <paramref name="baseSamples"/> by more than <paramref name="threshold"/>.
    /// </summary>
    ShiftTestResult Test(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, ChangeThreshold threshold);

    /// <summary>The smallest p-value samples of these sizes can give: when it is not below α, no verdict is possible.</summary>
    double SmallestPValue(int baseCount, int newCount);

    /// <summary>
    /// What these samples can tell apart at this test's level corrected over <paramref name="familySize"/> tests: the
    /// minimum detectable change beyond <paramref name="relativeThreshold"/> and the ratio's interval.
    /// </summary>
    Resolution Resolve(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, int familySize, double relativeThreshold);

    /// <summary>The new ÷ base ratio the test is about: above 1 is slower.</summary>
    double Ratio(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples);

    /// <summary>Whether base sample i and new sample i are a pair (measured together), rather than two groups.</summary>
    bool IsPaired { get; }
}
