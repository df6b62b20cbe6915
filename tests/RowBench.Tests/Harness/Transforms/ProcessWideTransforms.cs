namespace RowBench.Tests.Harness.Transforms;

/// <summary>
/// Tests that install a user's transform assembly or an input file: both are process-wide (as they are for the
/// benchmark processes that inherit them), so these run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTransforms
{
    public const string Name = "user transforms";
}
