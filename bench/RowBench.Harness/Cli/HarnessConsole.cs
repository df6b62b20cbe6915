namespace RowBench.Harness.Cli;

/// <summary>Where a command writes: standard output as text and as bytes, and standard error. Tests pass their own.</summary>
internal sealed class HarnessConsole(TextWriter output, TextWriter error, Func<Stream> openStandardOutput)
{
    /// <summary>The process's own console.</summary>
    public static HarnessConsole System { get; } = new(Console.Out, Console.Error, Console.OpenStandardOutput) { IsTerminal = !Console.IsOutputRedirected };

    /// <summary>Whether standard output is a terminal (not redirected to a file or a CI log): progress is then one live line.</summary>
    public bool IsTerminal { get; init; }

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Standard output as a byte stream, for data such as CSV.</summary>
    public Stream OpenStandardOutput() => openStandardOutput();
}
