using System.Diagnostics;

namespace RowBench.IO;

/// <summary>
/// An exclusive lock on a folder, for a read-modify-write of its files by several processes at once (CI jobs of several
/// branches appending to one history). It is an OS lock on a file in the folder (<see cref="FileName"/>, opened with
/// <see cref="FileShare.None"/>: <c>flock</c> on Unix, a share lock on Windows), so a holder that crashes or is killed
/// releases it with its process; the file itself stays, empty, and is never read.
/// </summary>
public sealed class FolderLock : IDisposable
{
    /// <summary>The lock file's name in the folder.</summary>
    public const string FileName = ".rowbench.lock";

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock on <paramref name="folder"/> (created if missing), waiting up to <paramref name="timeout"/> for another holder.</summary>
    /// <exception cref="OutputWriteException">The folder cannot be created, or the lock was not free within the timeout (exit code 3).</exception>
    public static FolderLock Acquire(string folder, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        string path = Path.Combine(folder, FileName);
        var clock = Stopwatch.StartNew();
        int wait = 5;
        while (true)
        {
            try
            {
                Directory.CreateDirectory(folder);
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
            }
            catch (UnauthorizedAccessException exception)
            {
                throw new OutputWriteException(folder, exception);
            }
            catch (IOException) when (clock.Elapsed < timeout && !Directory.Exists(path))
            {
                // Held by another process: back off, up to a quarter of a second a try. (A folder of the lock's name
                // is no lock at all, and waiting would not free it.)
                Thread.Sleep(wait);
                wait = Math.Min(wait * 2, 250);
            }
            catch (IOException exception)
            {
                throw new OutputWriteException(folder, new IOException($"another process has held {FileName} for {timeout.TotalSeconds:0} s", exception));
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
