using BenchmarkDotNet.Attributes;

namespace RowBench.Tests.Harness.Suite;

/// <summary>A benchmark class with one benchmark that works and one that throws, for the suite's failure handling.</summary>
public class ThrowingBenchmarks
{
    private readonly int _value = Environment.ProcessorCount;

    [Benchmark]
    public int Works() => _value * 2;

    [Benchmark]
    public int Throws() => _value > 0 ? throw new InvalidOperationException("this benchmark is broken on purpose") : 0;
}
