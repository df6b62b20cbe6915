using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Suite;

/// <summary>
/// Progress of a suite run, on standard output among BenchmarkDotNet's log: a line per case (case i of n, its time, elapsed, and an estimate of the
/// end from the plan and the cases measured so far, <see cref="RunEstimate"/>), and a line every 30 s while a long case
/// runs. Plain lines, never control characters, so that a CI log stays readable; grep "^run: case" to follow a run.
/// </summary>
internal sealed class SuiteProgress : EventProcessor, IDisposable
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    /// <summary>On a terminal the one live line is redrawn every second, so that elapsed time moves.</summary>
    private static readonly TimeSpan LiveHeartbeat = TimeSpan.FromSeconds(1);
    private readonly bool _live;
    private int _liveLength;
    private readonly TextWriter _writer;
    private readonly string _name;
    private readonly object _gate = new();
    private readonly Stopwatch _elapsed;
    private readonly Stopwatch _case = new();
    private readonly RunEstimate _estimate = new();
    private readonly Timer _timer;
    private List<BenchmarkCase> _plan = [];
    private readonly HashSet<BenchmarkCase> _done = [];
    private BenchmarkCase? _running;
    private readonly IReadOnlyDictionary<string, double>? _planned;
    private double _plannedDone;
    private double _measuredDone;

    /// <param name="planned">Each case's predicted seconds from a budget's pilot (<see cref="Budget.CaseKeys"/>): the
    /// estimate is then the plan's remaining time scaled by how the measured cases compared with their plan.</param>
    /// <param name="runClock">The whole run's clock (a budget's pilot included), so that "elapsed" is the run's; a new one when null.</param>
    /// <param name="live">Standard output is a terminal: one line redrawn in place (carriage return, no other control
    /// character) instead of a line per case and every 30 s.</param>
    public SuiteProgress(TextWriter writer, string name = "run", IReadOnlyDictionary<string, double>? planned = null, Stopwatch? runClock = null, bool live = false)
    {
        _writer = writer;
        _elapsed = runClock ?? Stopwatch.StartNew();
        _name = name;
        _planned = planned;
        _live = live;
        _timer = new Timer(_ => Beat(), null, live ? LiveHeartbeat : Heartbeat, live ? LiveHeartbeat : Heartbeat);
    }

    public override void OnStartBuildStage(IReadOnlyList<BuildPartition> partitions)
    {
        lock (_gate)
        {
            _plan = [.. partitions.SelectMany(partition => partition.Benchmarks).Select(benchmark => benchmark.BenchmarkCase)];
        }
    }

    public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase)
    {
        lock (_gate)
        {
            _running = benchmarkCase;
            _case.Restart();
        }
    }

    public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report)
    {
        lock (_gate)
        {
            double seconds = _case.Elapsed.TotalSeconds;
            _running = null;
            _done.Add(benchmarkCase);
            _estimate.Add(Keys(benchmarkCase), seconds);
            if (Planned(benchmarkCase) is { } plannedSeconds)
            {
                _plannedDone += plannedSeconds;
                _measuredDone += seconds;
            }

            Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{_name}: case {_done.Count} of {Math.Max(_plan.Count, _done.Count)} in {seconds:F1} s ({benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethod.Name}); {Minutes(_elapsed.Elapsed.TotalSeconds)} elapsed{Estimate()}"));
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            if (_live && _liveLength > 0)
            {
                _writer.WriteLine();
                _liveLength = 0;
            }
        }
    }

    /// <summary>A progress line: a line of its own, or on a terminal the live line redrawn (cut to the terminal's width, so that it never wraps).</summary>
    private void Write(string line)
    {
        if (!_live)
        {
            _writer.WriteLine(line);
            return;
        }

        int width = TerminalWidth();
        string shown = line.Length < width ? line : line[..(width - 1)];
        _writer.Write("\r" + shown.PadRight(_liveLength));
        _writer.Flush();
        _liveLength = shown.Length;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 20 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }

    /// <summary>What sets a case's work, from the most to the least specific.</summary>
    internal static IReadOnlyList<string> Keys(BenchmarkCase benchmarkCase)
    {
        string type = benchmarkCase.Descriptor.Type.Name;
        string Parameter(string name) => benchmarkCase.Parameters.Items.FirstOrDefault(item => item.Name == name)?.Value?.ToString() ?? "";
        string transform = Parameter("Transform");
        return [$"{type}.{benchmarkCase.Descriptor.WorkloadMethod.Name}|{transform}|{Parameter("Rows")}|{Parameter("RowType")}", $"{type}|{transform}", type];
    }

    private void Beat()
    {
        lock (_gate)
        {
            if (_running is { } running)
            {
                Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{_name}: case {_done.Count + 1} of {Math.Max(_plan.Count, _done.Count + 1)} running for {_case.Elapsed.TotalSeconds:F0} s ({running.Descriptor.Type.Name}.{running.Descriptor.WorkloadMethod.Name}); {Minutes(_elapsed.Elapsed.TotalSeconds)} elapsed{Estimate()}"));
            }
        }
    }

    private double? Planned(BenchmarkCase benchmarkCase) =>
        _planned is not null && _planned.TryGetValue(Budget.CaseKeys.Of(benchmarkCase), out double seconds) ? seconds : null;

    /// <summary>A case's expected time: its planned time scaled by measured ÷ planned so far, else learnt from the cases like it.</summary>
    private double Expected(BenchmarkCase benchmarkCase) => Planned(benchmarkCase) is { } planned
        ? planned * (_plannedDone > 0 ? _measuredDone / _plannedDone : 1)
        : _estimate.Predict(Keys(benchmarkCase));

    private string Estimate()
    {
        double left = _plan.Where(benchmarkCase => !_done.Contains(benchmarkCase) && benchmarkCase != _running).Sum(Expected);
        if (_running is { } running)
        {
            left += Math.Max(0, Expected(running) - _case.Elapsed.TotalSeconds);
        }

        return double.IsNaN(left) ? "" : string.Create(CultureInfo.InvariantCulture, $", about {Minutes(left)} left (ends ~{DateTime.Now.AddSeconds(left):HH:mm})");
    }

    private static string Minutes(double seconds) => seconds < 90
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds:F0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:F1} min");
}
