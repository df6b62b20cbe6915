namespace RowBench.Harness.Suite;

/// <summary>How much of the grid a run covers and how long it may take.</summary>
internal enum BenchmarkPreset
{
    /// <summary>The whole grid with a short job, out of process: at most 30 minutes on 2 cores.</summary>
    Default,

    /// <summary>A reduced grid, in process, at least 5 measured iterations per case: for CI, at most 3 minutes on 2 cores.</summary>
    Quick,

    /// <summary>The whole grid at BenchmarkDotNet's default accuracy, under Workstation and Server GC.</summary>
    Full,
}
