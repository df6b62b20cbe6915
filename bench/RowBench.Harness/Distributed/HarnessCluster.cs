using System.Diagnostics;
using RowBench.Distributed.Workers;
using RowBench.Harness.Cli;
using RowBench.Harness.Cli.Worker;
using RowBench.Harness.Transforms;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Distributed;

/// <summary>Starts the distributed strategy's workers as processes of this harness (its hidden <c>worker</c> command).</summary>
internal static class HarnessCluster
{
    /// <summary>The variable that tells the benchmark processes of <c>tune --strategy distributed</c> how many workers to start.</summary>
    public const string WorkersVariable = "ROWBENCH_DISTRIBUTED_WORKERS";

    /// <summary>Workers of a tuning sweep's cluster: <see cref="WorkersVariable"/>, or 2.</summary>
    public static int WorkersForBenchmarks =>
        int.TryParse(Environment.GetEnvironmentVariable(WorkersVariable), System.Globalization.CultureInfo.InvariantCulture, out int workers) && workers > 0 ? workers : 2;

    /// <summary>
    /// Starts <paramref name="workers"/> worker processes with the transforms this process loaded; they may read
    /// slices of the files in <paramref name="dataRoot"/> (the input's folder), and of no other.
    /// </summary>
    public static Task<LocalWorkerCluster> StartAsync(int workers, CancellationToken cancellationToken, string? dataRoot = null) =>
        LocalWorkerCluster.StartAsync(workers, WorkerCommandLine, cancellationToken, dataRoot);

    private static ProcessStartInfo WorkerCommandLine(WorkerLaunch launch)
    {
        return HarnessLaunch.StartInfo(
            [WorkerCommand.Name, .. WorkerCommand.Arguments(launch), .. HarnessTransforms.AssemblyPaths.SelectMany(assembly => new[] { CommonOptions.TransformAssemblyName, assembly })]);
    }
}
