namespace RowBench.IO;

/// <summary>
/// The version of the JSON files RowBench writes for other tools (run.json, launches.json, tuning.json, comparison.json,
/// a history line): each carries <c>schemaVersion</c>, described by a JSON Schema under <c>schemas/</c>. A file of a
/// newer major version is refused with one line (exit 2) rather than read wrongly; a file from before the field is
/// version 1, which it is.
/// </summary>
public static class SchemaVersions
{
    /// <summary>The major version this RowBench writes and reads.</summary>
    public const int Current = 1;

    /// <summary>Refuses <paramref name="version"/> when it is newer than <see cref="Current"/>.</summary>
    /// <exception cref="ResultFormatException">The file is of a newer major version (exit 2).</exception>
    public static void Check(string path, int version, string what)
    {
        if (version > Current)
        {
            throw new ResultFormatException(path, $"is a {what} of schemaVersion {version}, newer than this RowBench reads ({Current}); read it with a newer RowBench");
        }
    }
}
