using System.Text.Json;
using RowBench.IO;

namespace RowBench.History;

/// <summary>
/// A regression someone has looked at and accepted: the steps up of benchmarks matching <paramref name="Glob"/> whose
/// first run on the new level measured a commit starting with <paramref name="Commit"/> no longer fail the report.
/// Kept in <see cref="FileName"/> beside the history's runs, so that it travels with them.
/// </summary>
/// <param name="Commit">A commit, or a prefix of at least 7 hex digits of one.</param>
/// <param name="Glob">Benchmark keys ('*' any text, '?' one character), matched against the full key.</param>
/// <param name="Reason">Why, as the person who acknowledged it wrote it; may be empty.</param>
public sealed record HistoryAcknowledgement(string Commit, string Glob, string Reason, DateTimeOffset CreatedUtc)
{
    /// <summary>The file in the history folder.</summary>
    public const string FileName = "acknowledged.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Whether this acknowledges <paramref name="step"/>.</summary>
    public bool Covers(HistoryStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Run.Commit.StartsWith(Commit, StringComparison.OrdinalIgnoreCase)
            && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(Glob, step.Key, ignoreCase: false);
    }

    /// <summary>The acknowledgements of the history in <paramref name="folder"/>; none when it has no file.</summary>
    /// <exception cref="ResultFormatException">The file is not a list of acknowledgements.</exception>
    public static IReadOnlyList<HistoryAcknowledgement> Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            List<HistoryAcknowledgement>? list = JsonSerializer.Deserialize<List<HistoryAcknowledgement>>(File.ReadAllText(path), Options);
            return list is not null && list.All(entry => entry is { Commit.Length: > 0, Glob.Length: > 0 })
                ? list
                : throw new ResultFormatException(path, "not a list of acknowledgements (each with \"commit\" and \"glob\")");
        }
        catch (JsonException ex)
        {
            throw new ResultFormatException(path, $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Adds <paramref name="acknowledgement"/> to the folder's file, written whole and atomically.</summary>
    /// <exception cref="OutputWriteException">The file could not be written.</exception>
    public static void Append(string folder, HistoryAcknowledgement acknowledgement)
    {
        using FolderLock held = FolderLock.Acquire(folder, HistoryStore.LockTimeout);
        List<HistoryAcknowledgement> all = [.. Read(folder), acknowledgement];
        AtomicFile.Write(Path.Combine(folder, FileName), stream => JsonSerializer.Serialize(stream, all, Options));
    }
}
