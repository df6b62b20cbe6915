using RowBench.Distributed.Workers;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Distributed;

/// <summary>What a worker reads for a caller: files under its --data-root, slices within its bounds.</summary>
public class WorkerLimitsTests
{
    [Fact]
    public void Refuse_AFileUnderTheRoot_IsRead()
    {
        using var directory = new TempDirectory();
        string file = directory.Write("data.csv", "1,2\n");

        Assert.Null(new WorkerLimits(directory.Path).Refuse(file, 0, 4, 2, 1));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("{root}/../outside.csv")]
    [InlineData("{root}-sibling/data.csv")]
    public void Refuse_AFileOutsideTheRoot_IsRefused(string path)
    {
        using var directory = new TempDirectory();
        string root = Directory.CreateDirectory(directory.File("root")).FullName;

        string? refusal = new WorkerLimits(root).Refuse(path.Replace("{root}", root, StringComparison.Ordinal), 0, 4, 2, 1);

        Assert.Equal("the file is not under this worker's --data-root", refusal);
    }

    [Fact]
    public void Refuse_ALinkInTheRootToAFileOutsideIt_IsRefused()
    {
        using var directory = new TempDirectory();
        string root = Directory.CreateDirectory(directory.File("root")).FullName;
        string secret = directory.Write("secret.csv", "1\n");
        File.CreateSymbolicLink(Path.Combine(root, "innocent.csv"), secret);

        Assert.NotNull(new WorkerLimits(root).Refuse(Path.Combine(root, "innocent.csv"), 0, 2, 1, 1));
    }

    [Fact]
    public void Refuse_NoRoot_RefusesEveryFileAndSaysHowToAllowIt()
    {
        Assert.Contains("started without --data-root", new WorkerLimits(null).Refuse("/tmp/data.csv", 0, 4, 2, 1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 4, 2, 1)]
    [InlineData(0, WorkerLimits.MaxSliceBytes + 1, 2, 1)]
    [InlineData(0, 4, 0, 1)]
    [InlineData(0, 4, WorkerLimits.MaxColumns + 1, 1)]
    [InlineData(0, 4, 2, -1)]
    public void Refuse_ASliceOutOfBounds_IsRefusedBeforeAnythingIsRead(long offset, int length, int columns, int lines)
    {
        using var directory = new TempDirectory();
        string file = directory.Write("data.csv", "1,2\n");

        Assert.StartsWith("the slice is out of this worker's bounds", new WorkerLimits(directory.Path).Refuse(file, offset, length, columns, lines), StringComparison.Ordinal);
    }
}
