namespace RowBench.Distributed;

/// <summary>
/// Keeps the engine's own account of a cluster failure — Orleans' exception, with the remote side's stack trace —
/// in a file, so that the terminal gets one line in our words and the detail is still there for whoever needs it.
/// </summary>
internal static class ClusterErrorLog
{
    /// <summary>Writes <paramref name="exception"/> to a log file in the temporary folder; its path, or null when it cannot be written.</summary>
    public static string? Write(Exception exception)
    {
        string path = Path.Combine(Path.GetTempPath(), $"rowbench-cluster-{Environment.ProcessId}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");
        try
        {
            File.WriteAllText(path, exception.ToString());
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first line of a message, cut to <paramref name="length"/> characters: the engine's messages run to pages.</summary>
    public static string FirstLine(string message, int length = 160)
    {
        ArgumentNullException.ThrowIfNull(message);
        string line = message.Split('\n', 2)[0].Trim();
        return line.Length <= length ? line : line[..length] + "…";
    }
}
