using RowBench.Analysis.Comparison;
using RowBench.Harness.Suite;

namespace RowBench.Harness.Cli.Tune;

/// <summary>What <c>tune</c> was asked to do, as parsed from the command line.</summary>
internal sealed record TuneOptions(
    BenchmarkPreset Preset,
    IReadOnlyList<string> Strategies,
    IReadOnlyList<string> Transforms,
    int DegreeOfParallelism,
    int Rows,
    string Out,
    string? Check,
    ChangeThreshold Tolerance);
