namespace RowBench.Harness.Suite;

/// <summary>What a suite run produced: how many benchmarks ran, which failed, and where the reports are.</summary>
internal sealed record SuiteOutcome(int BenchmarksRun, IReadOnlyList<string> Failed, IReadOnlyList<string> ValidationErrors, string ArtifactsResultsDirectory)
{
    /// <summary>Nothing failed and something ran; BenchmarkDotNet alone would exit 0 either way.</summary>
    public bool Succeeded => BenchmarksRun > 0 && Failed.Count == 0 && ValidationErrors.Count == 0;
}
