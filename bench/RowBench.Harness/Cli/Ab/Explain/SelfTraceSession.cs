using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>
/// An EventPipe session on this process, written to a <c>.nettrace</c> file: the runtime's CPU sampler (every managed
/// thread's stack, about once a millisecond), the runtime's JIT and loader events that name the sampled methods, its
/// GC and contention events, and <see cref="ExplainMarkers"/>. Started through the diagnostics port, as dotnet-trace
/// would from outside, so that no tool needs installing.
/// </summary>
internal sealed class SelfTraceSession : IDisposable
{
    private const string SampleProfiler = "Microsoft-DotNETCore-SampleProfiler";

    private readonly EventPipeSession _session;
    private readonly FileStream _file;
    private readonly Task _copy;
    private bool _stopped;

    private SelfTraceSession(EventPipeSession session, FileStream file)
    {
        _session = session;
        _file = file;
        _copy = Task.Run(() => session.EventStream.CopyTo(file));
    }

    /// <summary>Starts a session writing to <paramref name="path"/>.</summary>
    public static SelfTraceSession Start(string path)
    {
        var runtimeKeywords = ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.Contention;
        EventPipeProvider[] providers =
        [
            new(SampleProfiler, EventLevel.Informational),
            new(ClrTraceEventParser.ProviderName, EventLevel.Informational, (long)runtimeKeywords),
            new(ExplainMarkers.SourceName, EventLevel.Informational),
        ];
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        try
        {
            // The rundown at the end names every method still loaded: both sides' load contexts live to the end.
            EventPipeSession session = new DiagnosticsClient(Environment.ProcessId).StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 256);
            return new SelfTraceSession(session, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Ends the session and waits until its file is complete.</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _session.Stop();
        _copy.Wait();
        _file.Flush();
    }

    public void Dispose()
    {
        try
        {
            Stop();
        }
        finally
        {
            _session.Dispose();
            _file.Dispose();
        }
    }
}
