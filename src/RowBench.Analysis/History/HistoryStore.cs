using System.Text;
using System.Text.Json;
using RowBench.IO;

namespace RowBench.History;

/// <summary>
/// The history on disk: a folder of JSON-lines files, one per processor name and count, each line one run. Files are
/// only ever appended to (each append replaces the file atomically with its old bytes and the new line), so the folder
/// can be committed to a branch or kept as a CI cache; a line that is not a run is reported and skipped, never the rest.
/// Appends hold the folder's <see cref="FolderLock"/> from their read to their rename, so that concurrent ones (CI jobs
/// of several branches) all keep their line; readers need no lock, as every file is only ever replaced whole.
/// </summary>
public static class HistoryStore
{
    /// <summary>The extension of the history's files.</summary>
    public const string Extension = ".jsonl";

    /// <summary>How long an append waits for another process's append to finish.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Appends <paramref name="run"/>; false when a run with its id is already there (nothing is written).</summary>
    /// <exception cref="OutputWriteException">The file could not be written (exit code 3); it is left as it was.</exception>
    public static bool Append(string folder, HistoryRun run)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(run);
        using FolderLock held = FolderLock.Acquire(folder, LockTimeout);
        if (Read(folder).Runs.Any(existing => existing.Id == run.Id))
        {
            return false;
        }

        string path = Path.Combine(folder, run.Machine.FileName);
        byte[] existing = File.Exists(path) ? File.ReadAllBytes(path) : [];
        AtomicFile.Write(path, stream =>
        {
            stream.Write(existing);
            // A file whose last line was cut short keeps it as one bad line, not glued to the new run.
            if (existing.Length > 0 && existing[^1] != (byte)'\n')
            {
                stream.WriteByte((byte)'\n');
            }

            stream.Write(Encoding.UTF8.GetBytes(run.ToJsonLine() + "\n"));
        });
        return true;
    }

    /// <summary>Every run in <paramref name="folder"/> (none when it does not exist), and every line that is not one.</summary>
    public static HistoryContents Read(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var runs = new List<HistoryRun>();
        var problems = new List<HistoryProblem>();
        if (!Directory.Exists(folder))
        {
            return new HistoryContents(runs, problems);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            int number = 0;
            foreach (string line in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    HistoryRun run = HistoryRun.FromJsonLine(line);
                    RowBench.IO.SchemaVersions.Check(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}:{number}"), run.SchemaVersion, "history line");
                    if (seen.Add(run.Id))
                    {
                        runs.Add(run);
                    }
                }
                catch (JsonException exception)
                {
                    problems.Add(new HistoryProblem(path, number, $"not a run, skipped ({FirstSentence(exception.Message)})"));
                }
            }
        }

        return new HistoryContents([.. runs.OrderBy(run => run.OrderTime).ThenBy(run => run.CreatedUtc)], problems);
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
