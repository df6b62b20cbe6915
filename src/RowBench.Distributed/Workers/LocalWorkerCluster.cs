using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RowBench.Distributed.Workers;

/// <summary>
/// Worker processes on this machine, started and stopped by the harness, and the client that sends them chunks. The
/// membership table is a file of the run's (<see cref="FileMembershipTable"/>) that no worker holds, so the cluster
/// outlives any one of them, the first included; every worker is also a gateway, and the client knows them all. Disposing stops the client and ends every worker process; a worker also ends by itself when its
/// standard input closes, which happens when this process dies, however it dies.
/// </summary>
public sealed class LocalWorkerCluster : IChunkCluster, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly List<Process> _processes;
    private readonly IHost _client;
    private readonly string _membershipFolder;
    private CancellationTokenSource _workerLost = new();
    private bool _disposing;

    private LocalWorkerCluster(List<Process> processes, IHost client, string membershipFolder)
    {
        _processes = processes;
        _membershipFolder = membershipFolder;
        _client = client;
        Grains = client.Services.GetRequiredService<IClusterClient>();
        foreach (Process process in processes)
        {
            process.EnableRaisingEvents = true;
            process.Exited += (_, _) => OnWorkerExited();
            if (HasExited(process))
            {
                OnWorkerExited();
            }
        }
    }

    public CancellationToken WorkerLost => Volatile.Read(ref _workerLost).Token;

    public IGrainFactory Grains { get; }

    public int Workers => _processes.Count;

    public int AliveWorkers => _processes.Count(process => !HasExited(process));

    /// <summary>The worker processes, in start order (tests kill them).</summary>
    public IReadOnlyList<Process> Processes => _processes;

    /// <summary>
    /// Starts <paramref name="workers"/> worker processes and connects to them. <paramref name="workerCommand"/> gives
    /// the command line of a worker for what it must be told (the harness's <c>worker</c> command).
    /// </summary>
    /// <exception cref="DistributedClusterException">A worker did not start; the message has its last output.</exception>
    /// <param name="dataRoot">The folder whose files the workers may read slices of (<see cref="WorkerLimits"/>); null for none.</param>
    public static async Task<LocalWorkerCluster> StartAsync(int workers, Func<WorkerLaunch, ProcessStartInfo> workerCommand, CancellationToken cancellationToken, string? dataRoot = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentNullException.ThrowIfNull(workerCommand);
        // Ports are found free and then handed to the workers, so another run on this machine may take one in between;
        // and a worker may die while it starts. Either fails this attempt only: the next gets fresh ports and a fresh
        // cluster, and only the last attempt's failure is reported.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(workers, workerCommand, dataRoot, cancellationToken).ConfigureAwait(false);
            }
            catch (DistributedClusterException) when (attempt < StartAttempts && !cancellationToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>How many times a cluster's start is tried before its failure is reported.</summary>
    public const int StartAttempts = 3;

    private static async Task<LocalWorkerCluster> StartOnceAsync(int workers, Func<WorkerLaunch, ProcessStartInfo> workerCommand, string? dataRoot, CancellationToken cancellationToken)
    {
        string clusterId = $"rowbench-{Environment.ProcessId}-{Guid.NewGuid():N}";
        int[] ports = FreePorts(2 * workers);
        // The membership lives in a file of the run's own that every worker locks for each change, not in the first
        // worker's memory: any worker may die, the first included, and the others go on. No worker waits for another.
        string membershipFolder = Path.Combine(Path.GetTempPath(), clusterId);
        Directory.CreateDirectory(membershipFolder);
        string membershipFile = Path.Combine(membershipFolder, "membership");
        var processes = new List<Process>();
        try
        {
            for (int index = 0; index < workers; index++)
            {
                var launch = new WorkerLaunch(ports[2 * index], ports[(2 * index) + 1], clusterId, PrimarySiloPort: null, dataRoot, membershipFile);
                processes.Add(Start(workerCommand(launch)));
            }

            await Task.WhenAll(processes.Select(process => WaitReadyAsync(process, cancellationToken))).ConfigureAwait(false);
            IPEndPoint[] gateways = [.. Enumerable.Range(0, workers).Select(index => new IPEndPoint(IPAddress.Loopback, ports[(2 * index) + 1]))];
            IHost client;
            try
            {
                client = await ClusterClientHost.StartAsync(ClusterMembership.StaticGateways(gateways), clusterId, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                throw new DistributedClusterException($"the worker processes started but their gateways did not answer: {ex.Message}", ex);
            }

            return new LocalWorkerCluster(processes, client, membershipFolder);
        }
        catch
        {
            foreach (Process process in processes)
            {
                End(process);
            }

            TryDeleteFolder(membershipFolder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Volatile.Write(ref _disposing, true);
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _client.StopAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or OrleansException or InvalidOperationException)
        {
            // The workers are ended below whatever the client says.
        }

        _client.Dispose();
        foreach (Process process in _processes)
        {
            End(process);
        }

        _workerLost.Dispose();
        TryDeleteFolder(_membershipFolder);
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A worker still closing its lock file: the folder is in the temporary folder, and small.
        }
    }

    private void OnWorkerExited()
    {
        if (Volatile.Read(ref _disposing))
        {
            return;
        }

        // The next loss gets a fresh token; the calls in flight now are sent again.
        CancellationTokenSource lost = Interlocked.Exchange(ref _workerLost, new CancellationTokenSource());
        lost.Cancel();
    }

    private static Process Start(ProcessStartInfo startInfo)
    {
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        return Process.Start(startInfo) ?? throw new DistributedClusterException($"could not start a worker process ({startInfo.FileName}).");
    }

    private static async Task WaitReadyAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith(WorkerSilo.ReadyLine, StringComparison.Ordinal))
                {
                    // Nothing more is expected on standard output; keep the pipes drained so a chatty worker never blocks.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            End(process);
            throw new DistributedClusterException($"a worker process did not start within {StartTimeout.TotalSeconds:0} s.");
        }

        string error = (await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).Trim();
        throw new DistributedClusterException($"a worker process ended before it was ready: {LastLine(error)}");
    }

    private static string LastLine(string text) =>
        text.Length == 0 ? "(no output)" : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    private static void End(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                // Closing standard input asks it to stop; killing makes sure.
                process.StandardInput.Close();
                if (!process.WaitForExit(TimeSpan.FromSeconds(3)))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(TimeSpan.FromSeconds(5));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Ports free now, found by letting the system pick them.</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (int index = 0; index < count; index++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (TcpListener listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
