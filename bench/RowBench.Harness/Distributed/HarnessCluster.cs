using System.Diagnostics;
using RowBench.Distributed.Workers;
using RowBench.Harness.Cli;
using RowBench.Harness.Cli.Worker;
using RowBench.Harness.Transforms;

namespace RowBench.Harness.Distributed;

/// <summary>Starts the distributed strategy's workers as processes of this harness (its hidden <c>worker</c> command).</summary>
internal static class HarnessCluster
{
    /// <summary>Starts <paramref name="workers"/> worker processes with the transforms this process loaded.</summary>
    public static Task<LocalWorkerCluster> StartAsync(int workers, CancellationToken cancellationToken) =>
        LocalWorkerCluster.StartAsync(workers, WorkerCommandLine, cancellationToken);

    private static ProcessStartInfo WorkerCommandLine(IReadOnlyList<string> arguments)
    {
        string host = Environment.ProcessPath ?? "dotnet";
        var startInfo = new ProcessStartInfo(host);
        // Run as `dotnet RowBench.Harness.dll`, or as the apphost itself.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            startInfo.ArgumentList.Add(typeof(HarnessCluster).Assembly.Location);
        }

        startInfo.ArgumentList.Add(WorkerCommand.Name);
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (string assembly in HarnessTransforms.AssemblyPaths)
        {
            startInfo.ArgumentList.Add(CommonOptions.TransformAssemblyName);
            startInfo.ArgumentList.Add(assembly);
        }

        return startInfo;
    }
}
