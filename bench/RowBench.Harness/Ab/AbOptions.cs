using RowBench.Analysis.Comparison;

namespace RowBench.Harness.Ab;

/// <summary>What <c>ab</c> was asked to do, as parsed from the command line.</summary>
/// <param name="LaunchesPerSide">Processes per side; each is one sample of every benchmark.</param>
internal sealed record AbOptions(
    string Base,
    string New,
    bool Quick,
    string Filter,
    ChangeThreshold Threshold,
    ChangeThreshold Noise,
    double SignificanceLevel,
    int LaunchesPerSide,
    string Out,
    string Repository);
