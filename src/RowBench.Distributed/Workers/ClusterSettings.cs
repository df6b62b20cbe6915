using Orleans.Configuration;

namespace RowBench.Distributed.Workers;

/// <summary>
/// The settings the worker silos and the harness's client share: the service id, the largest message, and membership
/// timeouts short enough that a dead worker is noticed in seconds rather than Orleans' 15–30 s defaults.
/// </summary>
public static class ClusterSettings
{
    /// <summary>The Orleans service id of every RowBench cluster.</summary>
    public const string ServiceId = "rowbench";

    /// <summary>
    /// The largest message body either side accepts: Orleans' default, 100 MiB. A chunk whose rows would make a larger
    /// message is refused before it is sent, with the largest chunk size that fits.
    /// </summary>
    public const int MaxMessageBodyBytes = 100 << 20;

    /// <summary>Room left in a message for everything but the rows.</summary>
    public const int MessageOverheadBytes = 64 << 10;

    /// <summary>How long a call may take before the client gives up on it and retries the chunk elsewhere.</summary>
    public static TimeSpan ResponseTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>Probes every second; three missed ones and a single vote declare a silo dead (about 3–4 s).</summary>
    public static void ConfigureMembership(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 1;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        options.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
    }
}
