using System.Diagnostics.Tracing;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>
/// Marks the windows of an explaining launch in its own trace: which side ran from when to when, and how many
/// operations. The trace reader splits the samples by these events, so both sides can share one session.
/// </summary>
[EventSource(Name = SourceName)]
internal sealed class ExplainMarkers : EventSource
{
    public const string SourceName = "RowBench-Explain";

    public static readonly ExplainMarkers Log = new();

    private ExplainMarkers()
    {
    }

    /// <summary>A window of <paramref name="side"/> (0 base, 1 new) starts.</summary>
    [Event(1, Level = EventLevel.Informational)]
    public void WindowStart(int side, int window) => WriteEvent(1, side, window);

    /// <summary>The window ends after <paramref name="operations"/> operations.</summary>
    /// <remarks>All three are longs: EventSource's <c>WriteEvent(int, long, long, long)</c> then writes what the manifest says.</remarks>
    [Event(2, Level = EventLevel.Informational)]
    public void WindowStop(long side, long window, long operations) => WriteEvent(2, side, window, operations);
}
