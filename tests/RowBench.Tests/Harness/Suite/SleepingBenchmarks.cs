using BenchmarkDotNet.Attributes;

namespace RowBench.Tests.Harness.Suite;

/// <summary>A benchmark class of one long operation and one short, for the run budget's pilot and plan.</summary>
public class SleepingBenchmarks
{
    /// <summary>Long enough to count as a long operation (a second or more) in the budget's pilot.</summary>
    [Benchmark]
    public void Long() => Thread.Sleep(1_050);

    [Benchmark]
    public int Short() => Environment.ProcessorCount * 2;
}
