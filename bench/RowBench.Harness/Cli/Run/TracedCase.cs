using RowBench.Analysis.Explain;

namespace RowBench.Harness.Cli.Run;

/// <summary>One case traced by <c>run --trace</c>: its profile and its speedscope file (relative to the traces folder).</summary>
internal sealed record TracedCase(string Key, MethodProfile Profile, double QueueLength, string Trace);
