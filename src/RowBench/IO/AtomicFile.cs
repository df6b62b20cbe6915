namespace RowBench.IO;

/// <summary>
/// Writes a file so that it is either complete or not there: the content goes to a temporary file in the same
/// directory, which replaces the target only once it is complete and flushed. On any failure, or a cancellation,
/// the temporary file is removed and an existing target is left exactly as it was. A symbolic link is written
/// through (its final target is replaced, the link stays), and a device or FIFO such as <c>/dev/null</c> is written
/// directly: renaming a file over it would replace the device node itself.
/// </summary>
public static class AtomicFile
{
    /// <summary>The temporary files being written now, so that a process ended by a second Ctrl+C leaves none behind.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> InProgress = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, which gets the temporary file's stream.</summary>
    /// <exception cref="OutputWriteException">The file or its temporary file could not be written or moved.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteAsync(path, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, which gets the temporary file's stream.</summary>
    /// <exception cref="OutputWriteException">The file or its temporary file could not be written or moved.</exception>
    public static Task WriteAsync(string path, Func<Stream, Task> write) => WriteAsync(path, write, wrapForTests: null);

    /// <summary>As <see cref="WriteAsync(string, Func{Stream, Task})"/>; tests wrap the stream to simulate a full disk.</summary>
    internal static async Task WriteAsync(string path, Func<Stream, Task> write, Func<Stream, Stream>? wrapForTests)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string fullPath = System.IO.Path.GetFullPath(path);
        if (new FileInfo(fullPath).LinkTarget is not null && File.ResolveLinkTarget(fullPath, returnFinalTarget: true) is { } linked)
        {
            fullPath = linked.FullName;
        }

        if (FileKind.IsSpecial(fullPath))
        {
            await WriteThroughAsync(path, fullPath, write, wrapForTests).ConfigureAwait(false);
            return;
        }

        string directory = System.IO.Path.GetDirectoryName(fullPath) ?? ".";
        string temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");

        InProgress[temporary] = 0;
        try
        {
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, useAsync: false);
            await using (file.ConfigureAwait(false))
            {
                Stream target = wrapForTests?.Invoke(file) ?? file;
                await write(target).ConfigureAwait(false);
                await target.FlushAsync().ConfigureAwait(false);
                // On disk before the rename, so that a crash cannot leave a renamed but empty file.
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new OutputWriteException(path, ex);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        finally
        {
            InProgress.TryRemove(temporary, out _);
        }
    }

    /// <summary>
    /// Deletes every temporary file a write in this process has open now: for a process about to end at once (a second
    /// Ctrl+C, or a command that did not stop in time), whose writes will never finish. The targets are untouched.
    /// </summary>
    internal static void DeleteTemporaryFiles()
    {
        foreach (string temporary in InProgress.Keys)
        {
            TryDelete(temporary);
        }
    }

    private static async Task WriteThroughAsync(string path, string fullPath, Func<Stream, Task> write, Func<Stream, Stream>? wrapForTests)
    {
        try
        {
            var file = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16, useAsync: false);
            await using (file.ConfigureAwait(false))
            {
                Stream target = wrapForTests?.Invoke(file) ?? file;
                await write(target).ConfigureAwait(false);
                await target.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, ex);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The directory itself may be what failed; there is then nothing to remove.
        }
    }
}
