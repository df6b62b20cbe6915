namespace RowBench.Analysis;

/// <summary>The machine a BenchmarkDotNet run was made on, as its JSON report names it.</summary>
public sealed record HostInfo(
    string Processor,
    int PhysicalCores,
    int LogicalCores,
    string OperatingSystem,
    string Runtime,
    string BenchmarkDotNetVersion)
{
    /// <summary>One line for report headers.</summary>
    public override string ToString() =>
        $"{Processor}, {PhysicalCores} physical / {LogicalCores} logical cores; {OperatingSystem}; {Runtime}; BenchmarkDotNet {BenchmarkDotNetVersion}";
}
