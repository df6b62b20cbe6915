namespace RowBench.Distributed.Grains;

/// <summary>
/// A worker that transforms one chunk of rows per call. Its activations are stateless workers: each silo runs as many
/// at once as it has cores, and a call goes to the silo whose gateway it reached, so calls with different keys spread
/// over the worker processes.
/// </summary>
public interface IChunkWorker : IGrainWithIntegerKey
{
    /// <summary>Transforms rows shipped in the call (the first data path).</summary>
    Task<ChunkResult> TransformRows(RowChunk chunk);

    /// <summary>Reads its own slice of a file every worker can reach and transforms its rows (the second data path).</summary>
    Task<ChunkResult> TransformFileSlice(FileSliceChunk chunk);

    /// <summary>Does nothing and returns the worker's process id: the floor of a call's cost, and a liveness probe.</summary>
    Task<int> Ping();
}
