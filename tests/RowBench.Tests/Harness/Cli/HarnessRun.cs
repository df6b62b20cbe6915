using System.Text;
using RowBench.Harness.Cli;

namespace RowBench.Tests.Harness.Cli;

/// <summary>Runs the harness's command line in-process and captures what it writes.</summary>
public sealed record HarnessRun(int ExitCode, string Output, string Error)
{
    public static HarnessRun Of(params string[] args)
    {
        using var signal = ShutdownSignal.None();
        return Of(signal, args);
    }

    internal static HarnessRun Of(ShutdownSignal signal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var standardOutput = new MemoryStream();
        var console = new HarnessConsole(output, error, () => standardOutput);
        int exitCode = HarnessCommandLine.Run(args, console, signal);
        return new HarnessRun(exitCode, output + Encoding.UTF8.GetString(standardOutput.ToArray()), error.ToString());
    }

    /// <summary>The one line written to standard error, checked to be exactly one.</summary>
    public string SingleErrorLine()
    {
        string[] lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on standard error, got:\n{Error}");
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        return lines[0];
    }
}
