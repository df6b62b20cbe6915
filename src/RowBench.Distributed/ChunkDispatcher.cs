using RowBench.Data;
using RowBench.Distributed.Grains;
using RowBench.Strategies;

namespace RowBench.Distributed;

/// <summary>
/// Sends one chunk to the cluster and gets its result, whatever happens to the workers: a call that fails for the
/// cluster's sake (a worker died, a connection broke, no answer in time) is sent again under another key, which may
/// reach another worker, until a worker answers or none is left. A chunk's own failure (a bad cell, a transform that
/// threw) comes back as data and is thrown as the exception it is in one process.
/// </summary>
internal static class ChunkDispatcher
{
    private const int MaxAttempts = 8;

    public static async Task<ChunkResult> CallAsync(IChunkCluster cluster, long chunkIndex, Func<IChunkWorker, Task<ChunkResult>> call, CancellationToken cancellationToken)
    {
        for (int tries = 0; ; tries++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cluster.AliveWorkers == 0)
            {
                throw AllWorkersLost(cluster, cancellationToken);
            }

            // Another key on a retry: calls with different keys spread over the gateways, so a retry leaves a dead worker.
            IChunkWorker worker = cluster.Grains.GetGrain<IChunkWorker>(chunkIndex + (tries * 1_000_003L));
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, cluster.WorkerLost);
            try
            {
                return await call(worker).WaitAsync(attempt.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (cluster.AliveWorkers == 0)
                {
                    throw AllWorkersLost(cluster, cancellationToken);
                }

                if (tries + 1 >= MaxAttempts)
                {
                    string? log = ClusterErrorLog.Write(ex);
                    throw new DistributedClusterException(
                        $"chunk {chunkIndex} failed on the cluster {MaxAttempts} times, with {cluster.AliveWorkers} of {cluster.Workers} workers alive (is a worker unreachable or overloaded? try --workers or a smaller --chunk-size); the last: {ex.GetType().Name}: {ClusterErrorLog.FirstLine(ex.Message)}{(log is null ? "" : $"; the engine's exception is in {log}")}",
                        ex);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << Math.Min(tries, 4))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The features of a chunk, or its failure thrown as in one process: rows counted from <paramref name="firstRow"/>,
    /// a bad cell named in <paramref name="path"/> as the user gave it.
    /// </summary>
    public static double[] FeaturesOf(ChunkResult result, long firstRow, string path = "(unknown)") => result.FailureKind switch
    {
        ChunkFailureKind.None => result.Features,
        ChunkFailureKind.BadData when result.FailedLine > 0 => throw new DataFormatException(path, result.FailedLine, result.FailedColumn, result.Failure ?? "a bad cell"),
        ChunkFailureKind.BadData => throw new DataFormatException(path, result.Failure ?? "cannot be read"),
        ChunkFailureKind.OtherBuild => throw new WorkerBuildException($"worker process {result.WorkerProcessId} refused the chunk: {result.Failure}"),
        ChunkFailureKind.Refused => throw new DataFormatException(path, $"worker process {result.WorkerProcessId} refused to read it: {result.Failure}"),
        _ => throw new RowTransformException(
            DistributedStrategy.StrategyName, firstRow + result.FailedRow, new InvalidOperationException($"{result.Failure} ({result.ExceptionType} on worker process {result.WorkerProcessId})")),
    };

    private static DistributedClusterException AllWorkersLost(IChunkCluster cluster, CancellationToken cancellationToken)
    {
        // Ctrl+C reaches the workers too: a run stopped by the user is reported as stopped, not as a lost cluster.
        cancellationToken.ThrowIfCancellationRequested();
        return new($"every worker process has stopped ({cluster.Workers} of {cluster.Workers}); no output was written.");
    }
}
