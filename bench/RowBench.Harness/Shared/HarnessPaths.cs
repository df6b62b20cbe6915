namespace RowBench.Harness.Shared;

/// <summary>Where the harness finds its repository and writes its results, for every command alike.</summary>
internal static class HarnessPaths
{
    /// <summary>The variable the scripts set to the repository they live in.</summary>
    public const string RootVariable = "ROWBENCH_ROOT";

    /// <summary>The repository the scripts run from (<see cref="RootVariable"/>), else the current folder.</summary>
    public static string RepositoryRoot() =>
        Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();

    /// <summary>
    /// The harness's project file when this harness was built in the repository (bin/Release/net10.0 under the project,
    /// or a test project's output beside it), else null: the installed .NET tool has none, so BenchmarkDotNet cannot
    /// build benchmark processes from it.
    /// </summary>
    public static string? HarnessProject()
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        for (int level = 0; level < 6 && folder is not null; level++, folder = folder.Parent)
        {
            foreach (string project in new[] { Path.Combine(folder.FullName, "RowBench.Harness.csproj"), Path.Combine(folder.FullName, "bench", "RowBench.Harness", "RowBench.Harness.csproj") })
            {
                if (File.Exists(project))
                {
                    return project;
                }
            }
        }

        return null;
    }

    /// <summary>The command as the user types it: <c>rowbench</c> from the installed tool, else the scripts' name.</summary>
    public static string CommandName => IsInstalledTool ? "rowbench" : "run-benchmarks";

    /// <summary>Whether this is the installed tool rather than a build in the repository (see <see cref="HarnessProject"/>).</summary>
    public static bool IsInstalledTool => HarnessProject() is null;

    /// <summary><c>results/</c> at the repository root, which the scripts name in <see cref="RootVariable"/>; else under the current folder.</summary>
    public static string DefaultResultsRoot() => Path.Combine(RepositoryRoot(), "results");
}
