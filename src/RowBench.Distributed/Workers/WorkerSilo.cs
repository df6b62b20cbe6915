using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace RowBench.Distributed.Workers;

/// <summary>
/// The body of a worker process: an Orleans silo that hosts <see cref="Grains.IChunkWorker"/>, joins the run's
/// cluster on localhost, says <c>ready</c> on standard output once it serves calls, and runs until its token is
/// cancelled or its standard input ends — the parent closes it, or the parent died and the pipe closed with it.
/// </summary>
public static class WorkerSilo
{
    /// <summary>The line a worker writes to standard output once it serves calls, followed by its process id.</summary>
    public const string ReadyLine = "ready";

    /// <summary>Runs the silo until <paramref name="cancellationToken"/> is cancelled or, with <see cref="WorkerSiloOptions.EndsWithParent"/>, standard input ends.</summary>
    public static async Task RunAsync(
        WorkerSiloOptions options, TransformResolver resolveTransform, TextReader parentLink, TextWriter announce, CancellationToken cancellationToken, TextWriter? refusals = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resolveTransform);
        ArgumentNullException.ThrowIfNull(parentLink);
        ArgumentNullException.ThrowIfNull(announce);

        using IHost host = new HostBuilder()
            .UseOrleans(silo =>
            {
                if (options.AdvertisedAddress is { } address)
                {
                    // Several machines: Redis keeps the membership table, or else the first worker does.
                    (options.RedisConnection is { } redis ? ClusterMembership.Redis(redis) : ClusterMembership.Development(options.PrimarySilo))
                        .ConfigureSilo(silo, address, options.SiloPort);
                    silo.Configure<ClusterOptions>(cluster =>
                    {
                        cluster.ClusterId = options.ClusterId;
                        cluster.ServiceId = ClusterSettings.ServiceId;
                    });
                    silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: options.ListenOnAnyAddress);
                }
                else if (options.MembershipFile is { } membershipFile)
                {
                    // On one machine with no worker holding the table: any of them may die and the others go on.
                    silo.Configure<EndpointOptions>(endpoints =>
                    {
                        endpoints.AdvertisedIPAddress = IPAddress.Loopback;
                        endpoints.SiloPort = options.SiloPort;
                        endpoints.GatewayPort = options.GatewayPort;
                    });
                    silo.Configure<ClusterOptions>(cluster =>
                    {
                        cluster.ClusterId = options.ClusterId;
                        cluster.ServiceId = ClusterSettings.ServiceId;
                    });
                    silo.Services.AddSingleton<IMembershipTable>(services =>
                        new FileMembershipTable(membershipFile, services.GetRequiredService<Orleans.Serialization.Serializer<FileMembershipState>>()));
                }
                else
                {
                    silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, options.PrimarySilo, ClusterSettings.ServiceId, options.ClusterId);
                }

                silo.Configure<ClusterMembershipOptions>(ClusterSettings.ConfigureMembership);
                silo.Configure<SiloMessagingOptions>(messaging =>
                {
                    messaging.MaxMessageBodySize = ClusterSettings.MaxMessageBodyBytes;
                    messaging.ResponseTimeout = ClusterSettings.ResponseTimeout;
                });
                silo.Services.AddSingleton(resolveTransform);
                if (options.Certificate is { } certificate)
                {
                    // Each peer turned away is one line on the worker's side too (the caller gets its own).
                    silo.UseTls(certificate.Certificate, tls => certificate.Configure(tls, line => refusals?.WriteLine("worker: " + line)));
                }
                silo.Services.AddSingleton(new WorkerLimits(options.DataRoot is { } root ? Path.GetFullPath(root) : null));
            })
            .ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                if (options.Certificate is not null && refusals is not null)
                {
                    logging.AddProvider(new TlsRefusalLog(refusals));
                }
            })
            .Build();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await host.StartAsync(stop.Token).ConfigureAwait(false);
        }
        catch (StackExchange.Redis.RedisException ex)
        {
            throw new DistributedClusterException($"the worker cannot reach the membership's Redis at {ClusterMembership.Printable(options.RedisConnection!)}: {ex.Message}", ex);
        }

        await announce.WriteLineAsync($"{ReadyLine} {Environment.ProcessId}").ConfigureAwait(false);
        await announce.FlushAsync(stop.Token).ConfigureAwait(false);

        // The parent holds the other end of standard input: its end (closed, or gone with a killed parent) ends the worker.
        Task parentGone = !options.EndsWithParent ? Task.Delay(Timeout.Infinite, stop.Token) : Task.Run(
            async () =>
            {
                while (await parentLink.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is not null)
                {
                }
            },
            CancellationToken.None);
        try
        {
            await Task.WhenAny(parentGone, Task.Delay(Timeout.Infinite, stop.Token)).ConfigureAwait(false);
        }
        finally
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await host.StopAsync(deadline.Token).ConfigureAwait(false);
        }
    }
}
