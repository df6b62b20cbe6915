using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RowBench.Distributed.Workers;

/// <summary>
/// Workers someone else started, on this machine or others (<c>worker --advertise …</c>, with <c>--primary</c> or
/// <c>--redis</c>): the harness only connects to their gateways, given or read from Redis. It learns how many are
/// alive from the cluster's membership, every second, and a drop in that count is a lost worker: the chunks in flight
/// are sent again.
/// </summary>
public sealed class RemoteWorkerCluster : IChunkCluster, IAsyncDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1);
    private readonly IHost _client;
    private readonly IManagementGrain _management;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;
    private CancellationTokenSource _workerLost = new();
    private int _alive;

    private RemoteWorkerCluster(IHost client, int workers)
    {
        _client = client;
        Grains = client.Services.GetRequiredService<IClusterClient>();
        _management = Grains.GetGrain<IManagementGrain>(0);
        Workers = workers;
        _alive = workers;
        _watch = WatchAsync(_stop.Token);
    }

    public IGrainFactory Grains { get; }

    public int Workers { get; }

    public int AliveWorkers => Volatile.Read(ref _alive);

    public CancellationToken WorkerLost => Volatile.Read(ref _workerLost).Token;

    /// <summary>Connects to the workers of the cluster <paramref name="clusterId"/> that <paramref name="membership"/> finds.</summary>
    /// <exception cref="DistributedClusterException">No gateway answers, or the cluster has no active worker.</exception>
    public static async Task<RemoteWorkerCluster> ConnectAsync(ClusterMembership membership, string clusterId, CancellationToken cancellationToken, ClusterCertificate? certificate = null)
    {
        ArgumentNullException.ThrowIfNull(membership);
        IHost client;
        try
        {
            client = await ClusterClientHost.StartAsync(membership, clusterId, cancellationToken, certificate).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or InvalidOperationException or StackExchange.Redis.RedisException)
        {
            string tls = certificate is null ? " (workers started with --tls-certificate accept only a caller with the same one)" : $" (with --tls-certificate {certificate.Path}: do the workers use the same one?)";
            throw new DistributedClusterException($"cannot connect to the workers at {membership} (cluster '{clusterId}'): {ex.Message}{tls}", ex);
        }

        int workers = await ActiveWorkersAsync(client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0)).ConfigureAwait(false);
        if (workers == 0)
        {
            await client.StopAsync(CancellationToken.None).ConfigureAwait(false);
            client.Dispose();
            throw new DistributedClusterException($"the cluster '{clusterId}' at {membership} has no active worker.");
        }

        return new RemoteWorkerCluster(client, workers);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _watch.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _client.StopAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or OrleansException or InvalidOperationException)
        {
            // Disconnecting is all that is left to do.
        }

        _client.Dispose();
        _stop.Dispose();
        _workerLost.Dispose();
    }

    private static async Task<int> ActiveWorkersAsync(IManagementGrain management)
    {
        try
        {
            return (await management.GetHosts(onlyActive: true).ConfigureAwait(false)).Count;
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            return 0;
        }
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Refresh);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            int alive = await ActiveWorkersAsync(_management).ConfigureAwait(false);
            if (alive < Interlocked.Exchange(ref _alive, alive))
            {
                CancellationTokenSource lost = Interlocked.Exchange(ref _workerLost, new CancellationTokenSource());
                await lost.CancelAsync().ConfigureAwait(false);
            }
        }
    }
}
