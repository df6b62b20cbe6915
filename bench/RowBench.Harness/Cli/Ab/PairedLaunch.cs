using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// One paired launch of <c>ab</c>: a process that loads both sides' harnesses (<see cref="SideLoadContext"/>) and, case
/// by case in an order shuffled per launch, sets both up, warms both, then measures them in alternating rounds — base
/// and new in a random order each round, the same number of operations each — so that the two sides of a pair share
/// this process's thread pool, heap and moment. A sample is the time per operation of one side in one round.
/// </summary>
internal sealed class PairedLaunch
{
    /// <summary>The exit code of a launch whose sides cannot be loaded side by side; ab then runs a launch per side.</summary>
    public const int CannotPair = 4;

    /// <summary>A sample's length: long enough that timer resolution and a thread's wake-up (tens of µs) are small against it.</summary>
    private static readonly TimeSpan SampleTarget = TimeSpan.FromMilliseconds(20);

    /// <summary>How long a case's rounds may take, both sides together.</summary>
    private static readonly TimeSpan CaseBudget = TimeSpan.FromMilliseconds(1000);

    /// <summary>How long each side runs before it is measured, and the fewest operations: tier-up and the heap's growth.</summary>
    private static readonly TimeSpan WarmupTime = TimeSpan.FromMilliseconds(150);

    private const int MinimumWarmupOperations = 3;
    private const int MinimumRounds = 10;
    private const int MaximumRounds = 24;

    private readonly PairedSide _base;
    private readonly PairedSide _new;
    private object? _sink;

    private PairedLaunch(PairedSide baseSide, PairedSide newSide)
    {
        _base = baseSide;
        _new = newSide;
    }

    /// <summary>The measurements of one case: per round, each side's time per operation.</summary>
    /// <param name="BaseCounters">The runtime's counters per operation over the base side's rounds (<see cref="RuntimeCounters"/>); null in launches from before they were read.</param>
    public sealed record CaseResult(
        string Key, int OperationsPerSample, IReadOnlyList<double> BaseNanoseconds, IReadOnlyList<double> NewNanoseconds, IReadOnlyList<bool> BaseFirst,
        IReadOnlyDictionary<string, double>? BaseCounters = null, IReadOnlyDictionary<string, double>? NewCounters = null);

    /// <summary>What a launch writes: its cases, and those only one side has.</summary>
    public sealed record LaunchResult(int Seed, double Seconds, IReadOnlyList<CaseResult> Cases, IReadOnlyList<string> OnlyInBase, IReadOnlyList<string> OnlyInNew);

    /// <summary>Loads both sides; null with the reason when either lacks the paired contract or cannot be loaded.</summary>
    public static PairedLaunch? TryLoad(string baseHarness, string newHarness, out string? reason) =>
        PairedSide.TryLoadBoth(baseHarness, newHarness, out reason) is { } sides ? new PairedLaunch(sides.Base, sides.New) : null;

    /// <summary>Measures every case both sides have, in an order shuffled by <paramref name="seed"/>.</summary>
    public LaunchResult Run(int rows, int[] degrees, string filter, int seed, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        string[] baseKeys = _base.Keys(rows, degrees, filter);
        string[] newKeys = _new.Keys(rows, degrees, filter);
        string[] shared = [.. baseKeys.Intersect(newKeys, StringComparer.Ordinal)];
        var random = new Random(seed);
        random.Shuffle(shared);
        var cases = new List<CaseResult>();
        foreach (string key in shared)
        {
            cases.Add(Measure(key, random));
            progress($"{cases.Count}/{shared.Length} {key}");
        }

        return new LaunchResult(
            seed,
            clock.Elapsed.TotalSeconds,
            [.. cases.OrderBy(result => result.Key, StringComparer.Ordinal)],
            [.. baseKeys.Except(newKeys, StringComparer.Ordinal)],
            [.. newKeys.Except(baseKeys, StringComparer.Ordinal)]);
    }

    private CaseResult Measure(string key, Random random)
    {
        (Func<object?> baseRun, Action baseClose) = _base.Open(key);
        try
        {
            (Func<object?> newRun, Action newClose) = _new.Open(key);
            try
            {
                double operation = Math.Max(WarmUp(baseRun, newRun), 1);
                int operations = (int)Math.Clamp(Math.Ceiling(SampleTarget.TotalNanoseconds / operation), 1, 1_000_000);
                int rounds = (int)Math.Clamp(Math.Ceiling(CaseBudget.TotalNanoseconds / (2 * operations * operation)), MinimumRounds, MaximumRounds);
                var baseTimes = new List<double>(rounds);
                var newTimes = new List<double>(rounds);
                var baseFirst = new List<bool>(rounds);
                var baseCounters = new RuntimeCounters();
                var newCounters = new RuntimeCounters();
                for (int round = 0; round < rounds; round++)
                {
                    bool first = random.Next(2) == 0;
                    baseFirst.Add(first);
                    if (first)
                    {
                        baseTimes.Add(Time(baseRun, operations, baseCounters));
                        newTimes.Add(Time(newRun, operations, newCounters));
                    }
                    else
                    {
                        newTimes.Add(Time(newRun, operations, newCounters));
                        baseTimes.Add(Time(baseRun, operations, baseCounters));
                    }
                }

                return new CaseResult(key, operations, baseTimes, newTimes, baseFirst, baseCounters.PerOperation(), newCounters.PerOperation());
            }
            finally
            {
                newClose();
            }
        }
        finally
        {
            baseClose();
            // What one case left on the heap is collected before the next, on neither side's clock.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
    }

    /// <summary>Runs both sides alternately until each has run long enough; returns the slower side's time per operation.</summary>
    private double WarmUp(Func<object?> baseRun, Func<object?> newRun)
    {
        var baseTimes = new List<double>();
        var newTimes = new List<double>();
        long started = Stopwatch.GetTimestamp();
        while (baseTimes.Count < MinimumWarmupOperations || Stopwatch.GetElapsedTime(started) < 2 * WarmupTime)
        {
            baseTimes.Add(Time(baseRun, 1));
            newTimes.Add(Time(newRun, 1));
        }

        return Math.Max(baseTimes.TakeLast(3).Order().ElementAt(1), newTimes.TakeLast(3).Order().ElementAt(1));
    }

    private double Time(Func<object?> run, int operations, RuntimeCounters? counters = null)
    {
        double[]? before = counters is null ? null : RuntimeCounters.Read();
        long started = Stopwatch.GetTimestamp();
        for (int index = 0; index < operations; index++)
        {
            _sink = run();
        }

        long elapsed = Stopwatch.GetTimestamp() - started;
        if (counters is not null)
        {
            // Read after the clock stopped: the counters are never on it.
            counters.Add(before!, RuntimeCounters.Read(), operations);
        }

        GC.KeepAlive(_sink);
        return elapsed * (1e9 / Stopwatch.Frequency) / operations;
    }

    /// <summary>Writes a launch's result as JSON.</summary>
    public static void Write(LaunchResult result, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(result, JsonOptions));

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static LaunchResult Read(string path) =>
        JsonSerializer.Deserialize<LaunchResult>(File.ReadAllText(path), JsonOptions) ?? throw new InvalidDataException($"{path}: empty");

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
