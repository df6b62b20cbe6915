namespace RowBench.Harness.Shared;

/// <summary>Where the harness finds its repository and writes its results, for every command alike.</summary>
internal static class HarnessPaths
{
    /// <summary>The variable the scripts set to the repository they live in.</summary>
    public const string RootVariable = "ROWBENCH_ROOT";

    /// <summary>The repository the scripts run from (<see cref="RootVariable"/>), else the current folder.</summary>
    public static string RepositoryRoot() =>
        Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();

    /// <summary><c>results/</c> at the repository root, which the scripts name in <see cref="RootVariable"/>; else under the current folder.</summary>
    public static string DefaultResultsRoot() => Path.Combine(RepositoryRoot(), "results");
}
