using BenchmarkDotNet.Running;

namespace RowBench.Harness.Suite.Budget;

/// <summary>Names a benchmark case without its job, so that the pilot's case and the run's case of it meet.</summary>
internal static class CaseKeys
{
    public static string Of(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return $"{benchmarkCase.Descriptor.Type.FullName}.{benchmarkCase.Descriptor.WorkloadMethod.Name}({benchmarkCase.Parameters.DisplayInfo})";
    }
}
