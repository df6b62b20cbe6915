using BenchmarkDotNet.Attributes;

namespace RowBench.Tests.Harness.Suite;

/// <summary>A benchmark class of one long operation and one short, for the run budget's pilot and plan.</summary>
public class SleepingBenchmarks
{
    private readonly int _value = Environment.ProcessorCount;

    /// <summary>Long enough to count as a long operation (a second or more) in the budget's pilot.</summary>
    [Benchmark]
    public int LongOperation()
    {
        Thread.Sleep(1_050);
        return _value;
    }

    [Benchmark]
    public int ShortOperation() => _value * 2;
}
