namespace RowBench.Distributed.Workers;

/// <summary>Where a worker silo listens and which cluster it joins (localhost clustering).</summary>
/// <param name="SiloPort">The port silos talk to each other on.</param>
/// <param name="GatewayPort">The port clients (the harness) connect to.</param>
/// <param name="PrimarySiloPort">The silo port of the cluster's first worker, which keeps the membership table; null for the first worker itself.</param>
/// <param name="ClusterId">The cluster's id: one per run, so that two runs on one machine never join each other.</param>
public sealed record WorkerSiloOptions(int SiloPort, int GatewayPort, int? PrimarySiloPort, string ClusterId);
