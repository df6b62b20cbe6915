using RowBench.Tuning;

namespace RowBench.Tests.Tuning;

public class ChunkSizeGridTests
{
    [Fact]
    public void For_MalimgRowsAtDegreeTwo_IsGeometricUpToOneChunkPerWorkerPlusTheUsualDefaults()
    {
        IReadOnlyList<int> grid = ChunkSizeGrid.For(rows: 9_339, degree: 2, processorCount: 2);

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 100, 128, 256, 512, 1_024, 1_556, 2_048, 4_096, 4_670], grid);
    }

    [Fact]
    public void For_FewRows_StopsAtRowsOverDegree()
    {
        Assert.Equal([1, 2, 3], ChunkSizeGrid.For(rows: 5, degree: 2, processorCount: 2));
    }
}
