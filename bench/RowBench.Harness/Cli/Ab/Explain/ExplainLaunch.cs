using System.Diagnostics;
using System.Text.Json;
using RowBench.Analysis.Explain;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>
/// One explaining launch of <c>ab --explain</c>: a process that loads both sides as a paired launch does and, for each
/// benchmark it is given, warms both, then runs them in alternating windows under one EventPipe session of its own
/// (<see cref="SelfTraceSession"/>), marking each window (<see cref="ExplainMarkers"/>). The trace is then split by
/// side into a <see cref="MethodProfile"/> and a speedscope file each; the <c>.nettrace</c> is deleted.
/// </summary>
internal sealed class ExplainLaunch(PairedSide baseSide, PairedSide newSide)
{
    /// <summary>Windows of a one-side trace (<c>run --trace</c>): as many as a side gets here.</summary>
    public const int SingleSideWindows = WindowsPerSide;

    /// <summary>Each window's length: half a second, four a side, is about 2,000 samples of each busy thread a side.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    /// <summary>Windows per side, alternating B N N B B N N B: a drift over the launch falls on both sides alike.</summary>
    public const int WindowsPerSide = 4;

    private static readonly TimeSpan WarmupTime = TimeSpan.FromMilliseconds(300);

    // What each operation returned, kept so that the JIT cannot drop the work; one field for every launch, as
    // operations run one at a time.
    private static object? _sink;

    /// <summary>What one benchmark's explaining gave: both profiles, and the thread pool's mean queue length per side.</summary>
    public sealed record Explained(string Key, MethodProfile Base, MethodProfile New, double BaseQueueLength, double NewQueueLength, string BaseTrace, string NewTrace);

    /// <summary>Explains every key in turn; files go into <paramref name="folder"/> as <c>NN-base.speedscope.json</c> and <c>NN-new.speedscope.json</c>.</summary>
    public IReadOnlyList<Explained> Run(int rows, int[] degrees, string filter, IReadOnlyList<string> keys, string folder, Action<string> progress)
    {
        string[] known = [.. baseSide.Keys(rows, degrees, filter).Intersect(newSide.Keys(rows, degrees, filter), StringComparer.Ordinal)];
        var explained = new List<Explained>();
        for (int index = 0; index < keys.Count; index++)
        {
            if (!known.Contains(keys[index], StringComparer.Ordinal))
            {
                throw new ArgumentException($"no case '{keys[index]}' on both sides");
            }

            string stem = Path.Combine(folder, (index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            explained.Add(Explain(keys[index], stem));
            progress($"{index + 1}/{keys.Count} {keys[index]}");
        }

        return explained;
    }

    private Explained Explain(string key, string stem)
    {
        (Func<object?> baseRun, Action baseClose) = baseSide.Open(key);
        (Func<object?> newRun, Action newClose) = newSide.Open(key);
        var queue = new double[2];
        string nettrace = stem + ".nettrace";
        try
        {
            WarmUp(baseRun, newRun);
            using (SelfTraceSession session = SelfTraceSession.Start(nettrace))
            {
                for (int window = 0; window < 2 * WindowsPerSide; window++)
                {
                    // B N N B B N N B: each side first as often as second.
                    int side = (window % 4) is 0 or 3 ? 0 : 1;
                    queue[side] += RunWindow(side == 0 ? baseRun : newRun, side, window) / WindowsPerSide;
                }

                session.Stop();
            }

            (MethodProfile baseProfile, MethodProfile newProfile) = TraceProfileReader.Read(nettrace, stem + "-base.speedscope.json", stem + "-new.speedscope.json");
            return new Explained(key, baseProfile, newProfile, queue[0], queue[1], Path.GetFileName(stem) + "-base.speedscope.json", Path.GetFileName(stem) + "-new.speedscope.json");
        }
        finally
        {
            newClose();
            baseClose();
            File.Delete(nettrace);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
    }

    /// <summary>
    /// Traces one case of this process's own harness (<c>run --trace</c>): a warm-up, then <see cref="SingleSideWindows"/>
    /// windows under a session of its own; writes <paramref name="speedscope"/> and returns the profile and the queue length.
    /// </summary>
    public static (MethodProfile Profile, double QueueLength) TraceOne(Func<object?> run, string stem, string speedscope)
    {
        ArgumentNullException.ThrowIfNull(run);
        string nettrace = stem + ".nettrace";
        double queue = 0;
        try
        {
            WarmUp(run, static () => null);
            using (SelfTraceSession session = SelfTraceSession.Start(nettrace))
            {
                for (int window = 0; window < SingleSideWindows; window++)
                {
                    queue += RunWindow(run, side: 0, window) / SingleSideWindows;
                }

                session.Stop();
            }

            return (TraceProfileReader.Read(nettrace, speedscope, newSpeedscope: null).Base, queue);
        }
        finally
        {
            File.Delete(nettrace);
        }
    }

    private static void WarmUp(Func<object?> baseRun, Func<object?> newRun)
    {
        long started = Stopwatch.GetTimestamp();
        int operations = 0;
        while (operations < 3 || Stopwatch.GetElapsedTime(started) < WarmupTime)
        {
            _sink = baseRun();
            _sink = newRun();
            operations++;
        }
    }

    /// <summary>Runs whole operations for a window's length; returns the thread pool's mean queue length over it.</summary>
    private static double RunWindow(Func<object?> run, int side, int window)
    {
        using var sampling = new CancellationTokenSource();
        long queueSum = 0, queueReadings = 0;
        // The queue length is a level, not a count: read every 5 ms by a thread of its own while the window runs.
        var reader = new Thread(() =>
        {
            while (!sampling.IsCancellationRequested)
            {
                queueSum += ThreadPool.PendingWorkItemCount;
                queueReadings++;
                Thread.Sleep(5);
            }
        }) { IsBackground = true, Name = "rowbench-explain-queue" };
        ExplainMarkers.Log.WindowStart(side, window);
        reader.Start();
        long started = Stopwatch.GetTimestamp();
        long operations = 0;
        do
        {
            _sink = run();
            operations++;
        }
        while (Stopwatch.GetElapsedTime(started) < Window);

        ExplainMarkers.Log.WindowStop(side, window, operations);
        sampling.Cancel();
        reader.Join();
        GC.KeepAlive(_sink);
        return queueReadings == 0 ? 0 : (double)queueSum / queueReadings;
    }

    /// <summary>Writes what <see cref="Run"/> returned as JSON.</summary>
    public static void Write(IReadOnlyList<Explained> explained, string path) => File.WriteAllText(path, JsonSerializer.Serialize(explained, JsonOptions));

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static IReadOnlyList<Explained> Read(string path) =>
        JsonSerializer.Deserialize<List<Explained>>(File.ReadAllText(path), JsonOptions) ?? throw new InvalidDataException($"{path}: empty");

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
