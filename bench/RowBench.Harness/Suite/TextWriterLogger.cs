using BenchmarkDotNet.Loggers;

namespace RowBench.Harness.Suite;

/// <summary>BenchmarkDotNet's log, written to the command's own output (the console, or a test's writer).</summary>
internal sealed class TextWriterLogger(TextWriter writer) : ILogger
{
    public string Id => nameof(TextWriterLogger);

    public int Priority => 0;

    public void Write(LogKind logKind, string text) => writer.Write(text);

    public void WriteLine() => writer.WriteLine();

    public void WriteLine(LogKind logKind, string text) => writer.WriteLine(text);

    public void Flush() => writer.Flush();
}
