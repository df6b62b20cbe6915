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
}
