namespace RowBench.Analysis.Comparison;

/// <summary>The project's own small interface over a statistical test of two samples of times per operation.</summary>
public interface ISampleComparer
{
    /// <summary>The significance level the test decides at.</summary>
    double SignificanceLevel { get; }

    /// <summary>
    /// Whether <paramref name="newSamples"/> are significantly slower or faster than <paramref name="baseSamples"/>
    /// by more than <paramref name="threshold"/>, or neither (<see cref="Verdict.Same"/>), or whether the samples
    /// are too few for the test to tell (<see cref="Verdict.Unknown"/>).
    /// </summary>
    Verdict Compare(IReadOnlyList<double> baseSamples, IReadOnlyList<double> newSamples, ChangeThreshold threshold);

    /// <summary>Whether samples of these sizes can ever reach significance; if not, every verdict is unknown.</summary>
    bool CanDecide(int baseCount, int newCount);
}
