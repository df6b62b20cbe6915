namespace RowBench.Analysis;

// The parts of BenchmarkDotNet's full JSON report (JsonExporter.Full) that the project reads, as typed contracts for
// System.Text.Json, as dotnet/performance's ResultsComparer reads them. Names match the JSON's properties.

/// <summary>A <c>*-report-full.json</c> file.</summary>
internal sealed record BenchmarkDotNetReport(string? Title, BenchmarkDotNetHost? HostEnvironmentInfo, List<BenchmarkDotNetCase>? Benchmarks);

/// <summary>The machine and runtime.</summary>
internal sealed record BenchmarkDotNetHost(
    string? ProcessorName, int PhysicalCoreCount, int LogicalCoreCount, string? OsVersion, string? RuntimeVersion, string? BenchmarkDotNetVersion);

/// <summary>One benchmark case; <see cref="Statistics"/> is null when it failed.</summary>
internal sealed record BenchmarkDotNetCase(
    string? DisplayInfo,
    string? Type,
    string? Method,
    string? Parameters,
    string? FullName,
    BenchmarkDotNetStatistics? Statistics,
    BenchmarkDotNetMemory? Memory,
    List<BenchmarkDotNetMeasurement>? Measurements);

/// <summary>The Result-stage statistics BenchmarkDotNet computed.</summary>
internal sealed record BenchmarkDotNetStatistics(double Mean, double Median, double StandardDeviation, List<double>? OriginalValues);

/// <summary>The memory diagnoser's figures.</summary>
internal sealed record BenchmarkDotNetMemory(double? BytesAllocatedPerOperation);

/// <summary>One iteration: its mode and stage, its launch, and its operations and time.</summary>
internal sealed record BenchmarkDotNetMeasurement(string? IterationMode, string? IterationStage, int LaunchIndex, double Operations, double Nanoseconds);
