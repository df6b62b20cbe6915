using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace RowBench.Distributed.Workers;

/// <summary>The harness's Orleans client: the gateways it is given or Redis names, the shared timeouts and limits.</summary>
internal static class ClusterClientHost
{
    /// <summary>How long the client waits for a gateway to answer.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    public static async Task<IHost> StartAsync(ClusterMembership membership, string clusterId, CancellationToken cancellationToken, ClusterCertificate? certificate = null)
    {
        ArgumentNullException.ThrowIfNull(membership);
        IHost client = new HostBuilder()
            .UseOrleansClient(builder =>
            {
                membership.ConfigureClient(builder);
                builder.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = clusterId;
                    cluster.ServiceId = ClusterSettings.ServiceId;
                });
                builder.Configure<ClientMessagingOptions>(messaging =>
                {
                    messaging.MaxMessageBodySize = ClusterSettings.MaxMessageBodyBytes;
                    messaging.ResponseTimeout = ClusterSettings.ResponseTimeout;
                });
                builder.Configure<GatewayOptions>(gatewayOptions => gatewayOptions.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
                if (certificate is not null)
                {
                    builder.UseTls(certificate.Certificate, options => certificate.Configure(options));
                }
            })
            .ConfigureLogging(logging => logging.ClearProviders())
            .Build();
        // Orleans keeps trying to reach a gateway for minutes; a worker that is there answers in well under a second.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await client.StartAsync(timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
            return client;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new TimeoutException($"no gateway answered within {ConnectTimeout.TotalSeconds:0} s.");
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
