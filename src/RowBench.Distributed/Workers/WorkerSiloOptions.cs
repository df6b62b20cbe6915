using System.Net;

namespace RowBench.Distributed.Workers;

/// <summary>Where a worker silo listens and which cluster it joins.</summary>
/// <param name="SiloPort">The port silos talk to each other on.</param>
/// <param name="GatewayPort">The port clients (the harness) connect to.</param>
/// <param name="PrimarySilo">The silo endpoint of the cluster's first worker, which keeps the membership table; null for the first worker itself.</param>
/// <param name="ClusterId">The cluster's id: one per run, so that two runs on one machine never join each other.</param>
/// <param name="AdvertisedAddress">The address other machines reach this one at; null for a cluster on this machine only (loopback).</param>
/// <param name="EndsWithParent">Whether the worker ends when its standard input ends: the harness holds the other end
/// for the workers it starts, so they end with it however it ends. A worker started by hand runs until signalled.</param>
/// <param name="RedisConnection">With <paramref name="AdvertisedAddress"/>: the Redis server that keeps the membership
/// table (a StackExchange.Redis connection string) instead of the first worker; null for development clustering.</param>
/// <param name="ListenOnAnyAddress">With <paramref name="AdvertisedAddress"/>: listen on every interface (a container
/// behind NAT). By default a worker listens on the advertised address only, so that a worker advertised on 127.0.0.1
/// is not reachable from the network.</param>
/// <param name="Certificate">The cluster's certificate: every connection to and from this worker is mutual TLS pinned to it; null on loopback only.</param>
/// <param name="MembershipFile">On one machine: the file every worker keeps the membership table in (<see cref="FileMembershipTable"/>), so that no worker is the cluster's single point of failure; null: the first worker keeps it.</param>
/// <param name="DataRoot">The folder whose files <c>--data-path file</c> slices may read (<see cref="WorkerLimits"/>); null: none.</param>
public sealed record WorkerSiloOptions(
    int SiloPort,
    int GatewayPort,
    IPEndPoint? PrimarySilo,
    string ClusterId,
    IPAddress? AdvertisedAddress = null,
    bool EndsWithParent = true,
    string? RedisConnection = null,
    bool ListenOnAnyAddress = false,
    string? DataRoot = null,
    ClusterCertificate? Certificate = null,
    string? MembershipFile = null);
