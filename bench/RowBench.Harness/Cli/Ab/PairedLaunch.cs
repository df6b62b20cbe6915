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

    private readonly Side _base;
    private readonly Side _new;
    private object? _sink;

    private PairedLaunch(Side baseSide, Side newSide)
    {
        _base = baseSide;
        _new = newSide;
    }

    /// <summary>The measurements of one case: per round, each side's time per operation.</summary>
    public sealed record CaseResult(string Key, int OperationsPerSample, IReadOnlyList<double> BaseNanoseconds, IReadOnlyList<double> NewNanoseconds, IReadOnlyList<bool> BaseFirst);

    /// <summary>What a launch writes: its cases, and those only one side has.</summary>
    public sealed record LaunchResult(int Seed, double Seconds, IReadOnlyList<CaseResult> Cases, IReadOnlyList<string> OnlyInBase, IReadOnlyList<string> OnlyInNew);

    /// <summary>Loads both sides; null with the reason when either lacks the paired contract or cannot be loaded.</summary>
    public static PairedLaunch? TryLoad(string baseHarness, string newHarness, out string? reason)
    {
        try
        {
            Side? baseSide = Side.Load("base", baseHarness, out reason);
            Side? newSide = baseSide is null ? null : Side.Load("new", newHarness, out reason);
            return baseSide is not null && newSide is not null ? new PairedLaunch(baseSide, newSide) : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException or TargetInvocationException or TypeLoadException)
        {
            reason = $"a side cannot be loaded beside the other ({ex.GetType().Name}: {ex.Message.Split('\n')[0]})";
            return null;
        }
    }

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
                for (int round = 0; round < rounds; round++)
                {
                    bool first = random.Next(2) == 0;
                    baseFirst.Add(first);
                    if (first)
                    {
                        baseTimes.Add(Time(baseRun, operations));
                        newTimes.Add(Time(newRun, operations));
                    }
                    else
                    {
                        newTimes.Add(Time(newRun, operations));
                        baseTimes.Add(Time(baseRun, operations));
                    }
                }

                return new CaseResult(key, operations, baseTimes, newTimes, baseFirst);
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

    private double Time(Func<object?> run, int operations)
    {
        long started = Stopwatch.GetTimestamp();
        for (int index = 0; index < operations; index++)
        {
            _sink = run();
        }

        long elapsed = Stopwatch.GetTimestamp() - started;
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

    /// <summary>One side, reached through its harness's <c>PairedCases</c> by reflection: framework types only.</summary>
    private sealed class Side(MethodInfo keys, MethodInfo open)
    {
        private const string ContractType = "RowBench.Harness.Suite.PairedCases";

        public static Side? Load(string name, string harness, out string? reason)
        {
            if (!File.Exists(harness))
            {
                reason = $"the {name} harness is not built ({harness})";
                return null;
            }

            var context = new SideLoadContext(name, harness);
            Type? contract = context.Harness.GetType(ContractType);
            MethodInfo? keys = contract?.GetMethod("Keys", [typeof(int), typeof(int[]), typeof(string)]);
            MethodInfo? open = contract?.GetMethod("Open", [typeof(string)]);
            object? version = contract?.GetField("ContractVersion")?.GetRawConstantValue();
            reason = contract is null ? $"the {name} revision predates paired launches (no {ContractType})"
                : keys is null || open is null || version is not 1 ? $"the {name} revision's paired contract is of another version ({version})"
                : null;
            return reason is null ? new Side(keys!, open!) : null;
        }

        public string[] Keys(int rows, int[] degrees, string filter) => (string[])keys.Invoke(null, [rows, degrees, filter])!;

        public (Func<object?> Run, Action Close) Open(string key)
        {
            var delegates = (Delegate[])open.Invoke(null, [key])!;
            return ((Func<object?>)delegates[0], (Action)delegates[1]);
        }
    }
}
