namespace RowBench.Distributed.Workers;

/// <summary>
/// What a worker accepts from a caller, set when it starts: the folder whose files its <c>--data-path file</c> slices
/// may read, and the largest slice. A caller names a path, an offset and a length; without these bounds any process
/// that reaches the gateway could have the worker read any file it can (an error message quotes a cell) or rent
/// any amount of memory.
/// </summary>
/// <param name="DataRoot">The folder (full path) under which slices may be read; null: this worker reads no file.</param>
public sealed record WorkerLimits(string? DataRoot)
{
    /// <summary>The largest slice a worker reads: the harness cuts 64 MiB at most, plus one line of up to 64 MiB.</summary>
    public const int MaxSliceBytes = 128 << 20;

    /// <summary>The most cells a row may have (what the CSV reader's longest line could hold).</summary>
    public const int MaxColumns = 32 << 20;

    /// <summary>Why a slice of <paramref name="path"/> is refused, or null when it may be read.</summary>
    public string? Refuse(string path, long offset, int length, int columnCount, int lines)
    {
        if (offset < 0 || length < 0 || length > MaxSliceBytes || lines < 0 || columnCount < 1 || columnCount > MaxColumns)
        {
            return $"the slice is out of this worker's bounds (offset {offset}, {length} bytes, {lines} lines, {columnCount} cells a row; at most {MaxSliceBytes >> 20} MiB and {MaxColumns} cells)";
        }

        if (DataRoot is null)
        {
            return "this worker was started without --data-root, so it reads no file; start it with --data-root FOLDER, or use --data-path rows";
        }

        string full = Resolve(Path.GetFullPath(path));
        string root = Resolve(Path.GetFullPath(DataRoot)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
            ? null
            : "the file is not under this worker's --data-root";
    }

    private static string Resolve(string path)
    {
        try
        {
            // A link inside the root that points outside it is outside it. Each folder of the path is resolved too.
            string? parent = Path.GetDirectoryName(path);
            string resolvedParent = parent is null ? "" : Resolve(parent);
            string combined = parent is null ? path : Path.Combine(resolvedParent, Path.GetFileName(path));
            FileSystemInfo info = Directory.Exists(combined) ? new DirectoryInfo(combined) : new FileInfo(combined);
            return info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? combined : combined;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
