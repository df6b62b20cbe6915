using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using StackExchange.Redis;

namespace RowBench.Distributed.Workers;

/// <summary>
/// How the silos of a cluster of several machines find each other, and how the harness finds their gateways: either
/// the first worker keeps the membership table (Orleans' development clustering: nothing to install, but that worker
/// must outlive the run), or a Redis server keeps it (any worker may come and go; the harness asks Redis for the
/// gateways instead of being told them).
/// </summary>
public sealed record ClusterMembership
{
    private ClusterMembership(IPEndPoint? primarySilo, IReadOnlyList<IPEndPoint> gateways, string? redisConnection)
    {
        PrimarySilo = primarySilo;
        Gateways = gateways;
        RedisConnection = redisConnection;
    }

    /// <summary>The first worker's silo endpoint, which keeps the table (workers only; null on the first worker itself and with Redis).</summary>
    public IPEndPoint? PrimarySilo { get; }

    /// <summary>The gateways the harness connects to (static clustering; empty with Redis).</summary>
    public IReadOnlyList<IPEndPoint> Gateways { get; }

    /// <summary>A StackExchange.Redis connection string, such as <c>redis.example:6379</c>; null without Redis.</summary>
    public string? RedisConnection { get; }

    /// <summary>The first worker keeps the membership table; <paramref name="primarySilo"/> is null on that worker itself.</summary>
    public static ClusterMembership Development(IPEndPoint? primarySilo) => new(primarySilo, [], null);

    /// <summary>The harness connects to these gateways (workers of a development cluster).</summary>
    public static ClusterMembership StaticGateways(IReadOnlyList<IPEndPoint> gateways)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        return gateways.Count == 0 ? throw new ArgumentException("at least one gateway is needed.", nameof(gateways)) : new(null, [.. gateways], null);
    }

    /// <summary>Redis keeps the membership table, for the workers and the harness alike.</summary>
    public static ClusterMembership Redis(string connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        return new(null, [], WithPasswordFromEnvironment(connection));
    }

    /// <summary>The variable a Redis password may come from, so that it is on no command line and in no <c>ps</c>.</summary>
    public const string RedisPasswordVariable = "ROWBENCH_REDIS_PASSWORD";

    /// <summary>
    /// <paramref name="connection"/> with the password of <see cref="RedisPasswordVariable"/> when that is set and the
    /// connection string names none: a password given on the command line is in every process listing.
    /// </summary>
    public static string WithPasswordFromEnvironment(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (Environment.GetEnvironmentVariable(RedisPasswordVariable) is not { Length: > 0 } password)
        {
            return connection;
        }

        try
        {
            ConfigurationOptions options = ConfigurationOptions.Parse(connection);
            if (options.Password is { Length: > 0 })
            {
                return connection;
            }

            options.Password = password;
            return options.ToString(includePassword: true);
        }
        catch (ArgumentException)
        {
            // Not a connection string StackExchange.Redis can read: connecting will say so, without the password.
            return connection;
        }
    }

    /// <summary>Where the harness looks for the workers, for messages: the gateways, or the Redis server (never its password).</summary>
    public override string ToString() => RedisConnection is { } redis ? $"Redis at {Printable(redis)}" : string.Join(", ", Gateways);

    /// <summary>A Redis connection string as it may be printed: without its password, which a log must not keep.</summary>
    public static string Printable(string redisConnection)
    {
        ArgumentNullException.ThrowIfNull(redisConnection);
        try
        {
            return ConfigurationOptions.Parse(redisConnection).ToString(includePassword: false);
        }
        catch (ArgumentException)
        {
            // Not a connection string StackExchange.Redis can read (connecting will say so): keep only its servers.
            return redisConnection.Split(',')[0];
        }
    }

    internal void ConfigureSilo(ISiloBuilder silo, IPAddress advertisedAddress, int siloPort)
    {
        if (RedisConnection is { } redis)
        {
            silo.UseRedisClustering(redis);
        }
        else
        {
            silo.UseDevelopmentClustering(PrimarySilo ?? new IPEndPoint(advertisedAddress, siloPort));
        }
    }

    internal void ConfigureClient(IClientBuilder client)
    {
        if (RedisConnection is { } redis)
        {
            client.UseRedisClustering(redis);
        }
        else
        {
            client.UseStaticClustering([.. Gateways]);
        }
    }
}
