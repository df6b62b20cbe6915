using System.Diagnostics;
using RowBench.Distributed;
using RowBench.Distributed.Grains;
using RowBench.Distributed.Workers;
using RowBench.Harness.Cli.Worker;
using RowBench.Harness.Shared;

namespace RowBench.Tests.Distributed;

/// <summary>Starting the workers of a run: a worker that dies before it is ready costs an attempt, not the run.</summary>
public class LocalWorkerClusterTests
{
    [Fact]
    public async Task StartAsync_AWorkerDiesBeforeItIsReady_StartsAFreshClusterAndServes()
    {
        int launches = 0;
        ProcessStartInfo Command(WorkerLaunch launch)
        {
            // The first worker of the first attempt dies at once, as one whose port another run took would.
            if (Interlocked.Increment(ref launches) == 1)
            {
                var dies = new ProcessStartInfo("sh");
                dies.ArgumentList.Add("-c");
                dies.ArgumentList.Add("echo 'address already in use' >&2; exit 1");
                return dies;
            }

            return HarnessLaunch.StartInfo([WorkerCommand.Name, .. WorkerCommand.Arguments(launch)]);
        }

        await using LocalWorkerCluster cluster = await LocalWorkerCluster.StartAsync(2, Command, CancellationToken.None);

        Assert.Equal(2, cluster.AliveWorkers);
        Assert.True(launches >= 3, $"{launches} worker launches: the failed attempt and a fresh cluster of two");
        int worker = await cluster.Grains.GetGrain<IChunkWorker>(0).Ping();
        Assert.Contains(worker, cluster.Processes.Select(process => process.Id));
    }

    /// <summary>
    /// The membership is no worker's: with the first worker killed, the second still serves calls once the cluster has
    /// declared the first dead. (With the first worker holding the table, no call is ever served again.)
    /// </summary>
    [Fact]
    public async Task StartAsync_TheFirstWorkerKilled_TheSecondServesOn()
    {
        await using LocalWorkerCluster cluster = await LocalWorkerCluster.StartAsync(
            2, launch => HarnessLaunch.StartInfo([WorkerCommand.Name, .. WorkerCommand.Arguments(launch)]), CancellationToken.None);
        int second = cluster.Processes[1].Id;

        cluster.Processes[0].Kill(entireProcessTree: true);
        await cluster.Processes[0].WaitForExitAsync();

        // Not a timing assertion: the loop waits for the cluster to notice, and two minutes is only a bound on a hang.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        int? served = null;
        for (int key = 1; served is null; key++)
        {
            bound.Token.ThrowIfCancellationRequested();
            try
            {
                served = await cluster.Grains.GetGrain<IChunkWorker>(key).Ping().WaitAsync(TimeSpan.FromSeconds(10), bound.Token);
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException or SiloUnavailableException or Orleans.Runtime.OrleansMessageRejectionException)
            {
                await Task.Delay(500, bound.Token);
            }
        }

        Assert.Equal(second, served);
    }

    [Fact]
    public async Task StartAsync_EveryAttemptFails_SaysWhyInOneLine()
    {
        static ProcessStartInfo Dies(WorkerLaunch launch)
        {
            var dies = new ProcessStartInfo("sh");
            dies.ArgumentList.Add("-c");
            dies.ArgumentList.Add("echo 'no luck' >&2; exit 1");
            return dies;
        }

        DistributedClusterException error = await Assert.ThrowsAsync<DistributedClusterException>(() => LocalWorkerCluster.StartAsync(2, Dies, CancellationToken.None));

        Assert.Equal("a worker process ended before it was ready: no luck", error.Message);
    }
}
