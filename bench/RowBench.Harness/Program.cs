using RowBench.Harness.Cli;

namespace RowBench.Harness;

/// <summary>The one harness program that run-benchmarks.sh and run-benchmarks.ps1 call.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using ShutdownSignal signal = ShutdownSignal.ListenToProcessSignals();
        return HarnessCommandLine.Run(args, HarnessConsole.System, signal);
    }
}
