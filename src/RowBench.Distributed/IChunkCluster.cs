namespace RowBench.Distributed;

/// <summary>A running cluster of chunk workers, as the distributed strategy sees it.</summary>
public interface IChunkCluster
{
    /// <summary>Makes grain references; calls go through the cluster's gateways.</summary>
    IGrainFactory Grains { get; }

    /// <summary>The workers still alive, as far as this side knows.</summary>
    int AliveWorkers { get; }

    /// <summary>The workers the cluster started with.</summary>
    int Workers { get; }

    /// <summary>
    /// Cancelled when a worker is lost (then replaced by a fresh token for the next loss). A call in flight when a
    /// worker dies may have gone to it and would wait for the response timeout; it is sent again instead.
    /// </summary>
    CancellationToken WorkerLost { get; }
}
