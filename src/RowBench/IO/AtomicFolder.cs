namespace RowBench.IO;

/// <summary>
/// Writes a report folder so that no reader sees a half-written file and nothing that is not the report is touched:
/// the files go to a hidden staging folder beside the destination first. <see cref="Write(string, Action{string})"/>
/// then moves each file over its namesake (an atomic rename per file) and leaves every other file of the destination
/// alone: a results folder holds a run's reports beside compare's, and the history's folder its runs, which another
/// process may be appending to meanwhile. <see cref="Replace"/> swaps the whole folder (a run's own results folder).
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
            if (Directory.Exists(full) && keepOtherFiles)
            {
                MoveInto(staging, full);
                TryDelete(staging);
            }
            else if (Directory.Exists(full))
            {
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

    private static void MoveInto(string staging, string target)
    {
        foreach (string directory in Directory.EnumerateDirectories(staging, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(staging, directory)));
        }

        foreach (string file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            File.Move(file, Path.Combine(target, Path.GetRelativePath(staging, file)), overwrite: true);
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
