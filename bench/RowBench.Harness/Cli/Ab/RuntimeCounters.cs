namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// The runtime's process-wide counters, read around each side's rounds of a paired launch (outside its clock) and
/// summed per side: collections by generation, bytes allocated, lock contentions, thread-pool work items completed and
/// time paused in GC. The two sides alternate in one process, so what a round added belongs to the side that ran it.
/// Cheap reads: no event session, nothing that perturbs the timed rounds.
/// </summary>
internal sealed class RuntimeCounters
{
    /// <summary>The counters' names as launches.json and the report give them.</summary>
    public static readonly string[] Names = ["gen0Collections", "gen1Collections", "gen2Collections", "allocatedBytes", "lockContentions", "threadPoolWorkItems", "gcPauseMilliseconds"];

    private readonly double[] _totals = new double[Names.Length];
    private long _operations;

    /// <summary>The counters now, in the order of <see cref="Names"/>.</summary>
    public static double[] Read() =>
    [
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalAllocatedBytes(precise: false),
        Monitor.LockContentionCount,
        ThreadPool.CompletedWorkItemCount,
        GC.GetTotalPauseDuration().TotalMilliseconds,
    ];

    /// <summary>Adds what changed between <paramref name="before"/> and <paramref name="after"/> over <paramref name="operations"/>.</summary>
    public void Add(double[] before, double[] after, int operations)
    {
        for (int index = 0; index < _totals.Length; index++)
        {
            _totals[index] += after[index] - before[index];
        }

        _operations += operations;
    }

    /// <summary>Each counter per operation.</summary>
    public Dictionary<string, double> PerOperation() =>
        Names.Select((name, index) => (name, value: _operations == 0 ? 0 : _totals[index] / _operations)).ToDictionary(pair => pair.name, pair => pair.value, StringComparer.Ordinal);
}
