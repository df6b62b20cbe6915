namespace RowBench.IO;

/// <summary>
/// Writes a report folder so that it is either complete or as it was: the files go to a hidden staging folder beside
/// the destination, which takes the destination's place only once every file is written. Files already in the
/// destination that the new report does not write are kept (a results folder holds a run's reports beside compare's).
/// </summary>
public static class AtomicFolder
{
    /// <summary>Writes <paramref name="destination"/> through <paramref name="write"/>, which gets the staging folder.</summary>
    /// <exception cref="OutputWriteException">The folder could not be written or moved into place (exit code 3).</exception>
    public static void Write(string destination, Action<string> write) => Write(destination, write, keepOtherFiles: true);

    /// <summary>
    /// As <see cref="Write(string, Action{string})"/>, but the new folder replaces the old one whole: nothing of the old
    /// one is kept (a run's results folder, where a stale report of an earlier run would be read as this run's).
    /// </summary>
    /// <exception cref="OutputWriteException">The folder could not be written or moved into place (exit code 3).</exception>
    public static void Replace(string destination, Action<string> write) => Write(destination, write, keepOtherFiles: false);

    private static void Write(string destination, Action<string> write, bool keepOtherFiles)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(destination);
        string parent = Path.GetDirectoryName(full) ?? ".";
        string staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Guid.NewGuid():N}");
        string previous = Path.Combine(parent, $".{Path.GetFileName(full)}.previous-{Guid.NewGuid():N}");
        try
        {
            if (File.Exists(full))
            {
                throw new IOException("it is a file, not a folder");
            }

            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            write(staging);
            if (Directory.Exists(full))
            {
                if (keepOtherFiles)
                {
                    CopyMissing(full, staging);
                }

                Directory.Move(full, previous);
                Directory.Move(staging, full);
                Directory.Delete(previous, recursive: true);
            }
            else
            {
                Directory.Move(staging, full);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (Directory.Exists(previous) && !Directory.Exists(full))
            {
                Directory.Move(previous, full);
            }

            throw new OutputWriteException(destination, ex);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void CopyMissing(string source, string target)
    {
        foreach (string directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(target, Path.GetRelativePath(source, file));
            if (!File.Exists(copy))
            {
                File.Copy(file, copy);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The parent itself may be what failed; there is then nothing to remove.
        }
    }
}
