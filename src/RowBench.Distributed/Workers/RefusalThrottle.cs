using System.Diagnostics;

namespace RowBench.Distributed.Workers;

/// <summary>
/// Lets a worker say "refused a connection" once, then not again for <see cref="Quiet"/>: Orleans retries a refused
/// connection several times a second, and one line says what matters.
/// </summary>
internal static class RefusalThrottle
{
    /// <summary>How long after one refusal line the next ones go unsaid.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static long _lastTicks = long.MinValue;

    /// <summary>Whether this refusal is to be said (and the quiet period starts again).</summary>
    public static bool ShouldReport()
    {
        long now = Clock.Elapsed.Ticks;
        long last = Interlocked.Read(ref _lastTicks);
        return (last == long.MinValue || now - last >= Quiet.Ticks) && Interlocked.CompareExchange(ref _lastTicks, now, last) == last;
    }
}
