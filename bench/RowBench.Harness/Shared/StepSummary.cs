using RowBench.Harness.Cli;

namespace RowBench.Harness.Shared;

/// <summary>
/// Where a command's short summary goes: the file of <c>--summary</c>, else GitHub Actions' job summary
/// (<c>$GITHUB_STEP_SUMMARY</c>) when set, else nowhere. Appended, as a job's steps add to one summary.
/// </summary>
internal static class StepSummary
{
    /// <summary>The variable GitHub Actions names its job summary file in.</summary>
    public const string GitHubVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>The file the summary goes to, or null for none.</summary>
    public static string? Target(string? option) =>
        option ?? (Environment.GetEnvironmentVariable(GitHubVariable) is { Length: > 0 } github ? github : null);

    /// <summary>Checks before any work that <paramref name="target"/> can be appended to (none: nothing).</summary>
    /// <exception cref="RowBench.IO.OutputWriteException">It cannot (exit 3).</exception>
    public static void Check(string? target)
    {
        if (target is null)
        {
            return;
        }

        if (Directory.Exists(target))
        {
            throw new UsageException($"--summary {target}: is a folder; give a file to append the summary to");
        }

        Append(target, "", newLine: false);
    }

    /// <summary>Appends <paramref name="markdown"/> to <paramref name="target"/> (none: nothing).</summary>
    /// <exception cref="RowBench.IO.OutputWriteException">The file cannot be written (exit 3).</exception>
    public static void Append(string? target, string markdown, bool newLine = true)
    {
        if (target is null)
        {
            return;
        }

        try
        {
            File.AppendAllText(target, newLine ? markdown + Environment.NewLine : markdown);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RowBench.IO.OutputWriteException(target, ex);
        }
    }
}
