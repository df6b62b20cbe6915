using RowBench.IO;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.IO;

public class AtomicFileTests
{
    [Fact]
    public void Write_Success_ReplacesTheFileAndLeavesNoTemporary()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("out.csv", "old");

        AtomicFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Write_SymbolicLink_ReplacesItsTargetAndKeepsTheLink()
    {
        using var directory = new TempDirectory();
        string target = directory.Write("real.csv", "old");
        string link = Path.Combine(directory.Path, "link.csv");
        File.CreateSymbolicLink(link, target);

        AtomicFile.Write(link, stream => stream.Write("new"u8));

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(2, Directory.GetFileSystemEntries(directory.Path).Length);
    }

    [Fact]
    public void Write_DevNull_WritesThroughAndLeavesTheDeviceInPlace()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        AtomicFile.Write("/dev/null", stream => stream.Write("discarded"u8));

        Assert.Empty(Directory.GetFiles("/dev", ".null.*.tmp"));
        // Renamed over, /dev/null would now be a regular file holding "discarded".
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public async Task WriteAsync_DiskFillsUpMidWrite_KeepsTheOldFileAndRemovesTheTemporary()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("out.csv", "old content");

        var error = await Assert.ThrowsAsync<OutputWriteException>(() => AtomicFile.WriteAsync(
            path,
            async stream =>
            {
                for (int block = 0; block < 100; block++)
                {
                    await stream.WriteAsync(new byte[4096]);
                }
            },
            wrapForTests: file => new FullDiskStream(file, capacity: 10_000)));

        Assert.Equal($"cannot write '{path}': No space left on device", error.Message);
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Write_DirectoryMissing_ThrowsOneLineAndCreatesNothing()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "missing", "out.csv");

        var error = Assert.Throws<OutputWriteException>(() => AtomicFile.Write(path, stream => stream.Write("x"u8)));

        Assert.StartsWith($"cannot write '{path}': ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(directory.Path));
    }

    [Fact]
    public void Write_WriterThrows_RemovesTheTemporaryAndRethrows()
    {
        using var directory = new TempDirectory();
        string path = directory.File("out.csv");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("partial"u8);
            throw new InvalidOperationException("bad input half way");
        }));

        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    /// <summary>A stream that fails as a full disk does once <c>capacity</c> bytes are written.</summary>
    private sealed class FullDiskStream(Stream inner, long capacity) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_written + count > capacity)
            {
                throw new IOException("No space left on device");
            }

            inner.Write(buffer, offset, count);
            _written += count;
        }
    }
}
