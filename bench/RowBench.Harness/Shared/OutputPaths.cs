using RowBench.Harness.Cli;
using RowBench.IO;

namespace RowBench.Harness.Shared;

/// <summary>
/// Checks a command's outputs before its work starts, so that a sweep of minutes is not lost to an output that could
/// never be written: one aimed at an input or at a directory is bad usage (exit 2), one in a place this process cannot
/// write is exit 3. A write that fails at the end anyway still fails there, atomically, as before.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Checks that <paramref name="path"/> can be written as a file and is none of <paramref name="inputs"/>.</summary>
    /// <exception cref="UsageException">It is a directory, or one of the inputs.</exception>
    /// <exception cref="OutputWriteException">Its folder cannot be created or written.</exception>
    public static void EnsureFile(string command, string option, string path, params string?[] inputs)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new UsageException($"{command}: {option} '{path}' is a directory; give a file name");
        }

        foreach (string? input in inputs)
        {
            if (input is not null && SameFile(path, input))
            {
                throw new UsageException($"{command}: {option} '{path}' is the input '{input}'; writing it would replace what is being read");
            }
        }

        if (FileKind.IsSpecial(Path.GetFullPath(path)))
        {
            return;
        }

        Probe(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", path);
    }

    /// <summary>
    /// Checks that <paramref name="folder"/> can be written as a report folder (it and its parent, where the report is
    /// staged) and that it holds none of <paramref name="inputs"/>, which a report written into it could replace.
    /// </summary>
    /// <exception cref="UsageException">It is a file, or it holds one of the inputs.</exception>
    /// <exception cref="OutputWriteException">It or its parent cannot be created or written.</exception>
    public static void EnsureFolder(string command, string option, string folder, params string?[] inputs)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        string full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new UsageException($"{command}: {option} '{folder}' is a file, not a folder");
        }

        foreach (string? input in inputs)
        {
            if (input is not null && Path.GetDirectoryName(Path.GetFullPath(input)) is { } inputFolder && SameFile(inputFolder, full))
            {
                throw new UsageException($"{command}: {option} '{folder}' holds the input '{input}', which the report would overwrite; choose another folder");
            }
        }

        Probe(Path.GetDirectoryName(full) ?? ".", folder);
        if (Directory.Exists(full))
        {
            Probe(full, folder);
        }
    }

    private static void Probe(string folder, string output)
    {
        string probe = Path.Combine(folder, $".rowbench-probe-{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(output, exception);
        }
    }

    private static bool SameFile(string left, string right)
    {
        string a = Path.GetFullPath(left).TrimEnd(Path.DirectorySeparatorChar);
        string b = Path.GetFullPath(right).TrimEnd(Path.DirectorySeparatorChar);
        if (string.Equals(a, b, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A link, or the same file by another name: compare what they resolve to.
        return Resolve(a) is { } resolvedA && Resolve(b) is { } resolvedB
            && string.Equals(resolvedA, resolvedB, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    private static string? Resolve(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.Exists ? (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
