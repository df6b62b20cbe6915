using System.CommandLine;
using RowBench.Distributed.Workers;
using RowBench.Harness.Transforms;

namespace RowBench.Harness.Cli.Worker;

/// <summary>
/// <c>worker</c> (hidden): one worker process of the distributed strategy, started by the harness itself. It serves
/// chunk calls until the harness closes its standard input or it is signalled.
/// </summary>
internal static class WorkerCommand
{
    public const string Name = "worker";

    public static Command Create(HarnessConsole console)
    {
        var siloPort = CommonOptions.Positive("--silo-port", "The port silos talk to each other on.", 11_111);
        var gatewayPort = CommonOptions.Positive("--gateway-port", "The port the harness connects to.", 30_000);
        var primaryPort = new Option<int?>("--primary-port") { Description = "The silo port of the cluster's first worker; absent for the first worker itself." };
        var clusterId = new Option<string>("--cluster-id") { Description = "The run's cluster id.", Required = true };
        var transformAssembly = CommonOptions.TransformAssembly();
        var command = new Command(Name, "A worker process of the distributed strategy (started by features, tune and the benchmarks).")
        {
            siloPort, gatewayPort, primaryPort, clusterId, transformAssembly,
        };
        command.Hidden = true;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new WorkerSiloOptions(
                parseResult.GetValue(siloPort), parseResult.GetValue(gatewayPort), parseResult.GetValue(primaryPort), parseResult.GetValue(clusterId)!);
            await WorkerSilo.RunAsync(options, HarnessTransforms.Get, Console.In, console.Output, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
