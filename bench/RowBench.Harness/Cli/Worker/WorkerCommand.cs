using System.CommandLine;
using System.Net;
using RowBench.Distributed.Workers;
using RowBench.Harness.Transforms;

namespace RowBench.Harness.Cli.Worker;

/// <summary>
/// <c>worker</c>: one worker process of the distributed strategy. The harness starts its own on this machine (they end
/// when it closes their standard input); on other machines a user starts them by hand, and they run until signalled.
/// </summary>
internal static class WorkerCommand
{
    public const string Name = "worker";

    /// <summary>The options the harness gives the workers it starts itself (<see cref="Arguments"/>).</summary>
    private const string SiloPortName = "--silo-port", GatewayPortName = "--gateway-port", PrimaryPortName = "--primary-port",
        ClusterIdName = "--cluster-id", ExitWithParentName = "--exit-with-parent", DataRootName = "--data-root",
        MembershipFileName = "--membership-file";

    /// <summary>The command line of a worker this harness starts itself, after <c>worker</c>.</summary>
    public static IEnumerable<string> Arguments(WorkerLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        yield return SiloPortName;
        yield return launch.SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return GatewayPortName;
        yield return launch.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return ClusterIdName;
        yield return launch.ClusterId;
        yield return ExitWithParentName;
        if (launch.PrimarySiloPort is { } primary)
        {
            yield return PrimaryPortName;
            yield return primary.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (launch.DataRoot is { } root)
        {
            yield return DataRootName;
            yield return root;
        }

        if (launch.MembershipFile is { } membership)
        {
            yield return MembershipFileName;
            yield return membership;
        }
    }

    public static Command Create(HarnessConsole console)
    {
        var siloPort = CommonOptions.Positive(SiloPortName, "The port silos talk to each other on.", 11_111);
        var gatewayPort = CommonOptions.Positive(GatewayPortName, "The port the harness connects to.", 30_000);
        var primaryPort = new Option<int?>(PrimaryPortName) { Description = "On one machine: the silo port of the cluster's first worker; absent for the first worker itself." };
        var primary = new Option<IPEndPoint?>("--primary")
        {
            Description = "On several machines: ADDRESS:PORT of the first worker's silo port; absent for the first worker itself.",
            CustomParser = result => IPEndPoint.TryParse(result.Tokens[0].Value, out IPEndPoint? endpoint) && endpoint.Port > 0
                ? endpoint
                : Invalid<IPEndPoint>(result, $"--primary: '{result.Tokens[0].Value}' is not ADDRESS:PORT, such as 10.0.0.5:11111."),
        };
        var advertise = new Option<IPAddress?>("--advertise")
        {
            Description = "On several machines: this machine's address as the others reach it. Without it the worker listens on loopback only.",
            CustomParser = result => IPAddress.TryParse(result.Tokens[0].Value, out IPAddress? address)
                ? address
                : Invalid<IPAddress>(result, $"--advertise: '{result.Tokens[0].Value}' is not an IP address."),
        };
        var listenAny = new Option<bool>("--listen-any")
        {
            Description = "With --advertise: listen on every interface, not only the advertised address (a container behind NAT, whose advertised address is not its own).",
        };
        var dataRoot = new Option<string?>(DataRootName)
        {
            Description = "The folder whose files --data-path file slices may read (the dataset's, as every machine mounts it); without it the worker reads no file.",
        };
        var membershipFile = new Option<string?>(MembershipFileName)
        {
            Description = "On one machine: a file every worker keeps the cluster's membership in, each change under a lock, so that no worker is a single point of failure (the harness gives its own workers one); instead of --primary-port.",
        };
        var tlsCertificate = CommonOptions.TlsCertificate("The cluster's certificate (.pfx, its password in ROWBENCH_TLS_PASSWORD, or .pem with its key): every connection is mutual TLS pinned to it. Required with an --advertise address other than loopback.");
        var redis = CommonOptions.RedisConnection("On several machines: a Redis server that keeps the cluster's membership (HOST:PORT, or a StackExchange.Redis connection string), instead of --primary.");
        var clusterId = new Option<string>(ClusterIdName) { Description = "The cluster's id; features --cluster-id names the same.", DefaultValueFactory = _ => "rowbench" };
        var exitWithParent = new Option<bool>(ExitWithParentName) { Description = "End when standard input ends (for the workers the harness starts itself)." };
        var transformAssembly = CommonOptions.TransformAssembly();
        var command = new Command(Name, "A worker process of the distributed strategy: started by features and the benchmarks, or by hand on other machines.")
        {
            siloPort, gatewayPort, primaryPort, primary, advertise, listenAny, tlsCertificate, redis, clusterId, exitWithParent, dataRoot, transformAssembly, membershipFile,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(membershipFile) is not null && (result.GetValue(primaryPort) is not null || result.GetValue(primary) is not null || result.GetValue(advertise) is not null || result.GetValue(redis) is not null))
            {
                result.AddError("--membership-file is for workers on one machine, instead of --primary-port; it goes with no --primary, --advertise or --redis.");
            }
            else if (result.GetValue(primaryPort) is not null && (result.GetValue(primary) is not null || result.GetValue(advertise) is not null))
            {
                result.AddError("--primary-port is for workers on one machine; on several, give --primary ADDRESS:PORT and --advertise ADDRESS.");
            }
            else if (result.GetValue(redis) is not null && (result.GetValue(primary) is not null || result.GetValue(primaryPort) is not null))
            {
                result.AddError("--redis keeps the membership instead of a first worker: give --redis or --primary, not both.");
            }
            else if (result.GetValue(advertise) is { } advertised && !IPAddress.IsLoopback(advertised) && result.GetResult(tlsCertificate) is null)
            {
                result.AddError($"--advertise {advertised}: a worker reachable from the network must know who calls it; give --tls-certificate FILE (the cluster's, on every worker and features), or advertise 127.0.0.1.");
            }
            else if (result.GetValue(listenAny) && result.GetValue(advertise) is null)
            {
                result.AddError("--listen-any needs --advertise: without it the worker listens on loopback only.");
            }
            else if ((result.GetValue(primary) is not null || result.GetValue(redis) is not null) && result.GetValue(advertise) is null)
            {
                result.AddError($"{(result.GetValue(redis) is not null ? "--redis" : "--primary")} needs --advertise: the address the other machines reach this worker at.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            IPAddress? address = parseResult.GetValue(advertise);
            IPEndPoint? primarySilo = parseResult.GetValue(primary)
                ?? (parseResult.GetValue(primaryPort) is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null);
            var options = new WorkerSiloOptions(
                parseResult.GetValue(siloPort), parseResult.GetValue(gatewayPort), primarySilo, parseResult.GetValue(clusterId)!, address, parseResult.GetValue(exitWithParent), parseResult.GetValue(redis),
                parseResult.GetValue(listenAny), parseResult.GetValue(dataRoot) is { } root ? Path.GetFullPath(root) : null, CommonOptions.LoadCertificate(parseResult.GetValue(tlsCertificate)),
                parseResult.GetValue(membershipFile) is { } membership ? Path.GetFullPath(membership) : null);
            if (!options.EndsWithParent)
            {
                await console.Error.WriteLineAsync(
                    $"worker: silo port {options.SiloPort}, gateway port {options.GatewayPort}, cluster '{options.ClusterId}'{(address is null ? " on loopback" : parseResult.GetValue(listenAny) ? $" at {address}, listening on every interface" : $" at {address} only")}{(options.RedisConnection is { } table ? $", membership in Redis at {ClusterMembership.Printable(table)}" : "")}{(options.Certificate is { } certificate ? $", mutual TLS with {certificate.Path}" : "")}; Ctrl+C to stop").ConfigureAwait(false);
            }

            await WorkerSilo.RunAsync(options, HarnessTransforms.Get, Console.In, console.Output, cancellationToken, console.Error).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static T? Invalid<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
        where T : class
    {
        result.AddError(message);
        return null;
    }
}
