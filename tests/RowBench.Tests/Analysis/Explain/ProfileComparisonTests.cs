using RowBench.Analysis.Explain;

namespace RowBench.Tests.Analysis.Explain;

/// <summary>The methods whose time per operation grew most, base to new.</summary>
public class ProfileComparisonTests
{
    [Fact]
    public void TopInclusive_MoreRowsComputedAtTheSameShare_RanksTheTransformByTimePerOperation()
    {
        // Both sides spend 90% of their samples in the transform; the new side runs 20% fewer operations in the same
        // samples: each operation costs 25% more, all of it in the transform. The share cannot show it; time per operation does.
        MethodProfile before = Profile(operations: 100, ("Strategy.Run", 1000, 0, true), ("Transform.Apply", 900, 900, true), ("System.Threading.Wait", 100, 100, false));
        MethodProfile after = Profile(operations: 80, ("Strategy.Run", 1000, 0, true), ("Transform.Apply", 900, 900, true), ("System.Threading.Wait", 100, 100, false));

        IReadOnlyList<MethodDelta> top = ProfileComparison.TopInclusive(before, after);

        Assert.Equal("Transform.Apply", top[1].Method);
        Assert.Equal(9 * 1.25 - 9, top[1].Delta, 6);
        Assert.Equal(top[1].BaseShare, top[1].NewShare, 6);
        Assert.DoesNotContain(top, delta => delta.Method.StartsWith("System.", StringComparison.Ordinal));
    }

    [Fact]
    public void NearestCause_GrowthThroughTheBenchmarkIntoTheTransform_IsTheTransformItCalls()
    {
        // The benchmark method (main thread only, deep under the host's frames) carries the growth of the main thread;
        // the strategy's loop and the transform run on the workers too, with more samples than the benchmark method.
        MethodProfile before = Profile(operations: 100,
            ("StrategyBenchmarks.ParallelFor", 500, 0, true, 14, ["ParallelForStrategy.Loop", "FaithfulTransform.Apply"]),
            ("ParallelForStrategy.Loop", 900, 0, true, 6, ["FaithfulTransform.Apply"]),
            ("FaithfulTransform.Apply", 880, 880, true, 8, []),
            ("Parser.Parse", 20, 20, true, 9, []));
        MethodProfile after = Profile(operations: 100,
            ("StrategyBenchmarks.ParallelFor", 600, 0, true, 14, ["ParallelForStrategy.Loop", "FaithfulTransform.Apply"]),
            ("ParallelForStrategy.Loop", 1080, 0, true, 6, ["FaithfulTransform.Apply"]),
            ("FaithfulTransform.Apply", 1060, 1060, true, 8, []),
            ("Parser.Parse", 21, 21, true, 9, []));

        IReadOnlyList<MethodDelta> inclusive = ProfileComparison.TopInclusive(before, after);

        Assert.Equal("FaithfulTransform.Apply", ProfileComparison.NearestCause(inclusive, before, after)!.Method);
        Assert.Null(ProfileComparison.NearestCause([], before, after));
    }

    [Fact]
    public void NearestCause_ProfilesWithoutCallRelations_TakesTheDeepest()
    {
        MethodDelta[] inclusive = [new("Outer", 50, 60, 100, 100, Depth: 3), new("Inner", 80, 90, 90, 91, Depth: 9)];
        var empty = new MethodProfile(1, 1000, 1, 0, new Dictionary<string, MethodSamples>());

        Assert.Equal("Inner", ProfileComparison.NearestCause(inclusive, empty, empty)!.Method);
    }

    [Fact]
    public void TopExclusive_ALockWait_NamesTheFrameworkWaitFirst()
    {
        MethodProfile before = Profile(operations: 100, ("Transform.Apply", 900, 900, true), ("System.Threading.Monitor.Enter_Slowpath", 10, 10, false));
        MethodProfile after = Profile(operations: 100, ("Transform.Apply", 900, 900, true), ("System.Threading.Monitor.Enter_Slowpath", 400, 400, false));

        IReadOnlyList<MethodDelta> top = ProfileComparison.TopExclusive(before, after);

        Assert.Equal("System.Threading.Monitor.Enter_Slowpath", Assert.Single(top).Method);
        Assert.Equal(3.9, top[0].Delta, 6);
    }

    [Fact]
    public void TopExclusive_OnlyShrinkingMethods_IsEmpty()
    {
        MethodProfile before = Profile(operations: 100, ("Transform.Apply", 900, 900, true));
        MethodProfile after = Profile(operations: 100, ("Transform.Apply", 800, 800, true));

        Assert.Empty(ProfileComparison.TopExclusive(before, after));
    }

    private static MethodProfile Profile(long operations, params (string Name, int Inclusive, int Exclusive, bool Own)[] methods) =>
        new(operations, 1000, 1, methods.Max(method => method.Inclusive), methods.ToDictionary(method => method.Name, method => new MethodSamples(method.Inclusive, method.Exclusive, method.Own)));

    private static MethodProfile Profile(long operations, params (string Name, int Inclusive, int Exclusive, bool Own, double Depth, string[] Callees)[] methods) =>
        new(operations, 1000, 1, methods.Max(method => method.Inclusive), methods.ToDictionary(method => method.Name, method => new MethodSamples(method.Inclusive, method.Exclusive, method.Own, method.Depth, method.Callees)));
}
