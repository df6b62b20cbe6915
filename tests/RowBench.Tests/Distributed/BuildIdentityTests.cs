using RowBench.Distributed;
using RowBench.Distributed.Grains;
using RowBench.Transforms;

namespace RowBench.Tests.Distributed;

/// <summary>A worker of another build refuses chunks instead of computing features with other code.</summary>
public class BuildIdentityTests
{
    private static readonly IRowTransform Fast = TransformCatalog.Get("fast");

    [Fact]
    public void Refusal_TheCallersOwnBuildOrNoneGiven_Runs()
    {
        Assert.Null(BuildIdentity.Refusal(BuildIdentity.Of(Fast), Fast));
        Assert.Null(BuildIdentity.Refusal("", Fast));
    }

    [Fact]
    public void Refusal_AnotherLibraryBuild_NamesTheLibrary()
    {
        string transformPart = BuildIdentity.Of(Fast).Split('/')[1];

        string? refusal = BuildIdentity.Refusal($"{Guid.NewGuid():N}/{transformPart}", Fast);

        Assert.NotNull(refusal);
        Assert.StartsWith("it runs another build (RowBench library ", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_AnotherTransformAssembly_NamesTheTransform()
    {
        string libraryPart = BuildIdentity.Of(Fast).Split('/')[0];

        string? refusal = BuildIdentity.Refusal($"{libraryPart}/{Guid.NewGuid():N}", Fast);

        Assert.Contains("assembly of the transform 'fast'", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void FeaturesOf_AChunkRefusedForItsBuild_IsAWorkerBuildError()
    {
        var result = new ChunkResult { FailureKind = ChunkFailureKind.OtherBuild, Failure = "it runs another build", WorkerProcessId = 42 };

        WorkerBuildException error = Assert.Throws<WorkerBuildException>(() => ChunkDispatcher.FeaturesOf(result, 0));

        Assert.Equal("worker process 42 refused the chunk: it runs another build", error.Message);
    }
}
