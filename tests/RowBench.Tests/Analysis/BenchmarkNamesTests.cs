using System.Reflection;
using BenchmarkDotNet.Attributes;
using RowBench.Analysis;
using RowBench.Harness.Benchmarks;

namespace RowBench.Tests.Analysis;

/// <summary>The analysis finds benchmarks by name: every name it reads must exist in the harness, or a report section would vanish.</summary>
public class BenchmarkNamesTests
{
    private static readonly Type[] BenchmarkClasses =
        [.. typeof(StrategyBenchmarks).Assembly.GetTypes().Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))];

    public static TheoryData<string> ClassNames => [BenchmarkNames.StrategyBenchmarks, BenchmarkNames.TransformBenchmarks, BenchmarkNames.OverheadBenchmarks, BenchmarkNames.StreamingBenchmarks];

    public static TheoryData<string, string> MethodNames => new()
    {
        { BenchmarkNames.StrategyBenchmarks, BenchmarkNames.Sequential },
        { BenchmarkNames.TransformBenchmarks, BenchmarkNames.FaithfulMethod },
        { BenchmarkNames.TransformBenchmarks, BenchmarkNames.FastMethod },
        { BenchmarkNames.StreamingBenchmarks, BenchmarkNames.InMemoryMethod },
        { BenchmarkNames.StreamingBenchmarks, BenchmarkNames.StreamingMethod },
    };

    public static TheoryData<string> ParameterNames =>
    [
        BenchmarkNames.StrategyParameter, BenchmarkNames.TransformParameter, BenchmarkNames.RowsParameter, BenchmarkNames.ChunkSizeParameter,
        BenchmarkNames.DegreeParameter, BenchmarkNames.RowTypeParameter, BenchmarkNames.ColumnsParameter,
    ];

    [Theory]
    [MemberData(nameof(ClassNames))]
    public void ClassName_IsABenchmarkClassOfTheHarness(string name)
    {
        Assert.Contains(BenchmarkClasses, type => type.Name == name);
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void MethodName_IsABenchmarkMethodOfItsClass(string className, string method)
    {
        Type type = Assert.Single(BenchmarkClasses, candidate => candidate.Name == className);
        Assert.NotNull(type.GetMethod(method)?.GetCustomAttribute<BenchmarkAttribute>());
    }

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void ParameterName_IsAParameterOfSomeBenchmarkClass(string name)
    {
        Assert.Contains(BenchmarkClasses, type => type.GetProperty(name) is { } property
            && (property.GetCustomAttribute<ParamsSourceAttribute>() is not null || property.GetCustomAttribute<ParamsAttribute>() is not null));
    }

    [Fact]
    public void StrategyOf_EveryStrategyMethod_IsACatalogName()
    {
        foreach (string method in new[] { nameof(StrategyBenchmarks.Sequential), nameof(StrategyBenchmarks.ParallelFor), nameof(StrategyBenchmarks.Plinq), nameof(StrategyBenchmarks.Dataflow) })
        {
            Assert.True(RowBench.Strategies.StrategyCatalog.TryGet(BenchmarkNames.StrategyOf(method), out _), method);
        }
    }
}
