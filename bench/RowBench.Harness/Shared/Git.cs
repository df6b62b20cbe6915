namespace RowBench.Harness.Shared;

/// <summary>The few questions the harness asks git: which commit a revision names, and when it was made.</summary>
internal static class Git
{
    /// <summary>The full hash of the commit <paramref name="revision"/> names, or null (unknown revision, or no git).</summary>
    public static string? ResolveCommit(string repository, string revision) =>
        ChildProcess.TryCapture("git", ["-C", repository, "rev-parse", "--verify", "--quiet", revision + "^{commit}"], repository);

    /// <summary>The committer date of <paramref name="commit"/> in ISO 8601, or null.</summary>
    public static string? CommitDate(string repository, string commit) =>
        ChildProcess.TryCapture("git", ["-C", repository, "show", "-s", "--format=%cI", commit], repository);
}
