using System.Reflection;
using BenchmarkDotNet.Attributes;
using RowBench.Analysis;
using RowBench.Harness.Benchmarks;

namespace RowBench.Tests.Analysis;

/// <summary>
/// The analysis (summary, tune curves) finds the harness's benchmarks by name. These tests hold that contract whole:
/// every class, method and parameter it reads exists where it reads it, every name it knows is listed here, and every
/// strategy method of the classes it turns into strategies has a catalog name. Renaming a benchmark method or
/// parameter therefore fails a test here instead of silently emptying a report section.
/// </summary>
public class BenchmarkNamesTests
{
    private static readonly Type[] BenchmarkClasses =
        [.. typeof(StrategyBenchmarks).Assembly.GetTypes().Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))];

    public static TheoryData<string> ClassNames =>
    [
        BenchmarkNames.StrategyBenchmarks, BenchmarkNames.TransformBenchmarks, BenchmarkNames.OverheadBenchmarks, BenchmarkNames.StreamingBenchmarks,
        BenchmarkNames.DistributedBenchmarks, BenchmarkNames.DistributedCallBenchmarks, nameof(ChunkSizeSweepBenchmarks),
    ];

    /// <summary>Each method the analysis reads, with the class it reads it from.</summary>
    public static TheoryData<string, string> MethodNames => new()
    {
        { BenchmarkNames.StrategyBenchmarks, BenchmarkNames.Sequential },
        { BenchmarkNames.OverheadBenchmarks, BenchmarkNames.Sequential },
        { BenchmarkNames.TransformBenchmarks, BenchmarkNames.FaithfulMethod },
        { BenchmarkNames.TransformBenchmarks, BenchmarkNames.FastMethod },
        { BenchmarkNames.StreamingBenchmarks, BenchmarkNames.InMemoryMethod },
        { BenchmarkNames.StreamingBenchmarks, BenchmarkNames.StreamingMethod },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.DistributedMethod },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.ParallelForMethod },
        { BenchmarkNames.DistributedCallBenchmarks, BenchmarkNames.CallOneInFlightMethod },
        { BenchmarkNames.DistributedCallBenchmarks, BenchmarkNames.CallsWithDegreeInFlightMethod },
        { BenchmarkNames.DistributedCallBenchmarks, BenchmarkNames.SerializeChunkMethod },
    };

    /// <summary>Each parameter the analysis reads, with the class it reads it from.</summary>
    public static TheoryData<string, string> ParameterNames => new()
    {
        { BenchmarkNames.StrategyBenchmarks, BenchmarkNames.TransformParameter },
        { BenchmarkNames.StrategyBenchmarks, BenchmarkNames.RowsParameter },
        { BenchmarkNames.StrategyBenchmarks, BenchmarkNames.ChunkSizeParameter },
        { BenchmarkNames.StrategyBenchmarks, BenchmarkNames.DegreeParameter },
        { BenchmarkNames.OverheadBenchmarks, BenchmarkNames.RowsParameter },
        { BenchmarkNames.OverheadBenchmarks, BenchmarkNames.ChunkSizeParameter },
        { BenchmarkNames.OverheadBenchmarks, BenchmarkNames.DegreeParameter },
        { BenchmarkNames.TransformBenchmarks, BenchmarkNames.RowTypeParameter },
        { BenchmarkNames.TransformBenchmarks, BenchmarkNames.ColumnsParameter },
        { BenchmarkNames.StreamingBenchmarks, BenchmarkNames.TransformParameter },
        { BenchmarkNames.StreamingBenchmarks, BenchmarkNames.RowsParameter },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.TransformParameter },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.RowsParameter },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.WorkersParameter },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.ChunkSizeParameter },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.DegreeParameter },
        { BenchmarkNames.DistributedBenchmarks, BenchmarkNames.DataPathParameter },
        { BenchmarkNames.DistributedCallBenchmarks, BenchmarkNames.WorkersParameter },
        { BenchmarkNames.DistributedCallBenchmarks, BenchmarkNames.DegreeParameter },
        { nameof(ChunkSizeSweepBenchmarks), BenchmarkNames.StrategyParameter },
        { nameof(ChunkSizeSweepBenchmarks), BenchmarkNames.TransformParameter },
        { nameof(ChunkSizeSweepBenchmarks), BenchmarkNames.RowsParameter },
        { nameof(ChunkSizeSweepBenchmarks), BenchmarkNames.DegreeParameter },
        { nameof(ChunkSizeSweepBenchmarks), BenchmarkNames.ChunkSizeParameter },
    };

    /// <summary>The classes whose every method other than the sequential baseline the summary reads as a strategy.</summary>
    public static TheoryData<string> StrategyClasses => [BenchmarkNames.StrategyBenchmarks, BenchmarkNames.OverheadBenchmarks];

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
    public void ParameterName_IsAParameterOfItsClass(string className, string name)
    {
        Type type = Assert.Single(BenchmarkClasses, candidate => candidate.Name == className);
        PropertyInfo? property = type.GetProperty(name);
        Assert.True(
            property is not null && (property.GetCustomAttribute<ParamsSourceAttribute>() is not null || property.GetCustomAttribute<ParamsAttribute>() is not null),
            $"{className}.{name} is not a [Params] or [ParamsSource] property");
    }

    [Theory]
    [MemberData(nameof(StrategyClasses))]
    public void StrategyOf_EveryBenchmarkMethodOfAStrategyClass_IsACatalogName(string className)
    {
        Type type = Assert.Single(BenchmarkClasses, candidate => candidate.Name == className);
        foreach (MethodInfo method in type.GetMethods().Where(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))
        {
            Assert.True(RowBench.Strategies.StrategyCatalog.TryGet(BenchmarkNames.StrategyOf(method.Name), out _), $"{className}.{method.Name} names no strategy");
        }
    }

    [Fact]
    public void BenchmarkNames_EveryName_IsCheckedHere()
    {
        // A name added to BenchmarkNames without a row above would be read by the analysis unchecked.
        var checkedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (object?[] row in MethodNames.Concat(ParameterNames))
        {
            checkedNames.Add((string)row[0]!);
            checkedNames.Add((string)row[1]!);
        }

        IEnumerable<string> names = typeof(BenchmarkNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);
        Assert.All(names, name => Assert.Contains(name, checkedNames));
    }
}
