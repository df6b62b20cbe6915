using RowBench.Harness.Suite;

namespace RowBench.Harness.Cli.Run;

/// <summary>What <c>run</c> was asked to do, as parsed from the command line.</summary>
internal sealed record RunOptions(
    BenchmarkPreset Preset,
    string Label,
    string Filter,
    string ResultsRoot,
    IReadOnlyList<string> BenchmarkDotNetArguments,
    bool InProcess = false,
    IReadOnlyList<int>? Degrees = null,
    IReadOnlyList<int>? ChunkSizes = null,
    IReadOnlyList<string>? Transforms = null,
    bool LaunchJob = false,
    IReadOnlyList<int>? Rows = null,
    string? Input = null,
    IReadOnlyList<int>? Workers = null,
    TimeSpan? Budget = null,
    bool Trace = false);
