using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using RowBench.Analysis.Explain;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>
/// Reads an explaining launch's <c>.nettrace</c>: splits the CPU sampler's samples by the <see cref="ExplainMarkers"/>
/// windows into base and new, keeps the samples of the benchmarked code (stacks through a side's RowBench code or a
/// user's transform, not through this host's own measuring frames, not idle pool threads), and gives each side a
/// <see cref="MethodProfile"/> and a speedscope file.
/// </summary>
internal static class TraceProfileReader
{
    // This host's own frames: its entry point and its commands (the sides' harnesses never run either).
    private static readonly string[] HostFrames = ["RowBench.Harness.Cli.", "RowBench.Harness.Program."];

    /// <summary>
    /// Reads <paramref name="nettrace"/>; writes <paramref name="baseSpeedscope"/> and <paramref name="newSpeedscope"/>
    /// (none for a trace of one side: <c>run --trace</c>, whose windows are all marked side 0).
    /// </summary>
    public static (MethodProfile Base, MethodProfile New) Read(string nettrace, string baseSpeedscope, string? newSpeedscope)
    {
        string etlx = TraceLog.CreateFromEventPipeDataFile(nettrace, Path.ChangeExtension(nettrace, ".etlx"));
        try
        {
            using var log = new TraceLog(etlx);
            var sides = new[] { new SideSamples("base"), new SideSamples("new") };
            int current = -1, windowThread = -1;
            double windowStart = 0;
            foreach (TraceEvent traceEvent in log.Events)
            {
                if (traceEvent.ProviderName == ExplainMarkers.SourceName)
                {
                    int side = Convert.ToInt32(traceEvent.PayloadByName("side"), System.Globalization.CultureInfo.InvariantCulture);
                    if (traceEvent.ID == (TraceEventID)1)
                    {
                        current = side;
                        windowThread = traceEvent.ThreadID;
                        windowStart = traceEvent.TimeStampRelativeMSec;
                    }
                    else if (current == side)
                    {
                        sides[side].Operations += Convert.ToInt64(traceEvent.PayloadByName("operations"), System.Globalization.CultureInfo.InvariantCulture);
                        sides[side].Milliseconds += traceEvent.TimeStampRelativeMSec - windowStart;
                        current = -1;
                    }

                    continue;
                }

                if (current >= 0 && traceEvent.ProviderName == "Microsoft-DotNETCore-SampleProfiler")
                {
                    sides[current].Add(traceEvent, isWindowThread: traceEvent.ThreadID == windowThread);
                }
            }

            sides[0].WriteSpeedscope(baseSpeedscope);
            if (newSpeedscope is not null)
            {
                sides[1].WriteSpeedscope(newSpeedscope);
            }
            return (sides[0].ToProfile(), sides[1].ToProfile());
        }
        finally
        {
            File.Delete(etlx);
        }
    }

    /// <summary>A method's name without its signature: <c>Namespace.Type.Method</c>.</summary>
    public static string MethodName(TraceCodeAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        string name = address.FullMethodName;
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        int parameters = name.IndexOf('(', StringComparison.Ordinal);
        return parameters > 0 ? name[..parameters] : name;
    }

    /// <summary>A frame of the benchmarked code: a side's RowBench (not this host's measuring frames) or a user's transform.</summary>
    public static bool IsOwnCode(string method) =>
        method.Length > 0 && !HostFrames.Any(host => method.StartsWith(host, StringComparison.Ordinal))
        && !method.StartsWith("System.", StringComparison.Ordinal) && !method.StartsWith("Microsoft.", StringComparison.Ordinal)
        && !method.StartsWith("BenchmarkDotNet.", StringComparison.Ordinal) && !method.StartsWith("Interop", StringComparison.Ordinal)
        // Reflection's invoke stubs (dynamicClass.InvokeStub_…) are the runtime's, not the benchmark's.
        && !method.StartsWith("dynamicClass.", StringComparison.Ordinal);

    private sealed class SideSamples(string side)
    {
        private readonly Dictionary<string, (int Inclusive, int Exclusive, bool Own, long DepthSum)> _methods = new(StringComparer.Ordinal);
        private readonly SpeedscopeFile _speedscope = new(side);
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _callees = new(StringComparer.Ordinal);
        private readonly List<string> _ownOnStack = [];
        private int _samples;
        private int _windowThreadSamples;

        public long Operations { get; set; }

        public double Milliseconds { get; set; }

        public void Add(TraceEvent sample, bool isWindowThread)
        {
            List<string> frames = [], names = [];
            for (TraceCallStack? frame = sample.CallStack(); frame is not null; frame = frame.Caller)
            {
                frames.Add(MethodName(frame.CodeAddress));
                names.Add(frames[^1].Length > 0 ? frames[^1] : (frame.CodeAddress.ModuleName is { Length: > 0 } module ? module + "!?" : "?"));
            }

            if (isWindowThread)
            {
                _windowThreadSamples++;
            }

            if (!frames.Any(IsOwnCode))
            {
                return;
            }

            _samples++;
            _seen.Clear();
            string? top = frames.FirstOrDefault(frame => frame.Length > 0);
            // Root first, so that a recursive method counts once, at its outermost depth.
            _ownOnStack.Clear();
            for (int depth = 0; depth < frames.Count; depth++)
            {
                string frame = frames[frames.Count - 1 - depth];
                if (frame.Length == 0 || !_seen.Add(frame))
                {
                    continue;
                }

                (int inclusive, int exclusive, bool own, long depthSum) = _methods.GetValueOrDefault(frame, (0, 0, IsOwnCode(frame), 0));
                _methods[frame] = (inclusive + 1, exclusive + (frame == top ? 1 : 0), own, depthSum + depth);
                if (own)
                {
                    // Each of the benchmarked code's frames above this one calls it, directly or not.
                    foreach (string caller in _ownOnStack)
                    {
                        if (!_callees.TryGetValue(caller, out HashSet<string>? callees))
                        {
                            _callees[caller] = callees = new(StringComparer.Ordinal);
                        }

                        callees.Add(frame);
                    }

                    _ownOnStack.Add(frame);
                }
            }

            _speedscope.Add(sample.ThreadID, sample.TimeStampRelativeMSec, names);
        }

        public void WriteSpeedscope(string path)
        {
            _speedscope.Write(path, SampleInterval);
        }

        private double SampleInterval => _windowThreadSamples == 0 ? 1 : Milliseconds / _windowThreadSamples;

        public MethodProfile ToProfile() => new(
            Operations,
            Milliseconds,
            SampleInterval,
            _samples,
            _methods.ToDictionary(
                pair => pair.Key,
                pair => new MethodSamples(
                    pair.Value.Inclusive, pair.Value.Exclusive, pair.Value.Own, Math.Round((double)pair.Value.DepthSum / pair.Value.Inclusive, 2),
                    _callees.TryGetValue(pair.Key, out HashSet<string>? callees) ? [.. callees.Order(StringComparer.Ordinal)] : null),
                StringComparer.Ordinal));
    }
}
