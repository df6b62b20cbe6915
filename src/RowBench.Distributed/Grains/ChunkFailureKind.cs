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
}
