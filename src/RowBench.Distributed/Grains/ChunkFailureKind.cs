namespace RowBench.Distributed.Grains;

/// <summary>Why a chunk failed on its worker.</summary>
[GenerateSerializer]
public enum ChunkFailureKind
{
    /// <summary>It did not fail.</summary>
    None,

    /// <summary>A cell or row of the file is bad (exit 2, as in one process).</summary>
    BadData,

    /// <summary>The transform threw on a row (exit 1, as in one process).</summary>
    TransformFailed,

    /// <summary>The worker refused the chunk: a file outside its --data-root, or out of its bounds (exit 2).</summary>
    Refused,

    /// <summary>The worker runs another build of RowBench or of the transform than the caller (exit 1).</summary>
    OtherBuild,
}
