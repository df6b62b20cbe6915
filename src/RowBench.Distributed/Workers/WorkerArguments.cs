namespace RowBench.Distributed.Workers;

/// <summary>Command-line words the harness and its worker command share.</summary>
public static class WorkerArguments
{
    /// <summary>The worker ends when its standard input ends (the workers the harness starts).</summary>
    public const string ExitWithParent = "--exit-with-parent";
}
