namespace RowBench.Distributed.Workers;

/// <summary>
/// What one worker process that <see cref="LocalWorkerCluster"/> starts must be told: its ports, the cluster's id and,
/// for every worker but the first, the first worker's silo port. The worker ends when its standard input ends. How
/// that becomes a command line is the caller's (the harness's <c>worker</c> command).
/// </summary>
/// <param name="SiloPort">The port the worker's silo listens on for the others.</param>
/// <param name="GatewayPort">The port the client connects to.</param>
/// <param name="ClusterId">The cluster's id.</param>
/// <param name="PrimarySiloPort">The first worker's silo port on loopback, or null for the first worker itself.</param>
/// <param name="MembershipFile">The file the workers keep their membership in (no worker holds it), or null for the first worker's memory.</param>
/// <param name="DataRoot">The folder whose files the worker may read slices of (the run's input file's), or null for none.</param>
public sealed record WorkerLaunch(int SiloPort, int GatewayPort, string ClusterId, int? PrimarySiloPort, string? DataRoot = null, string? MembershipFile = null);
