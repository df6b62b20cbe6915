using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Benchmarks;

/// <summary>Bytes of row data processed per second, for <see cref="TransformBenchmarks"/>: the row's size over the time per row.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Throughput";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Row bytes processed per second (1 GB = 10^9 bytes)";

    public bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(IsTransformCase) == true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!IsTransformCase(benchmarkCase) || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        var shape = new TransformBenchmarks
        {
            RowType = (string)benchmarkCase.Parameters[nameof(TransformBenchmarks.RowType)],
            Columns = (int)benchmarkCase.Parameters[nameof(TransformBenchmarks.Columns)],
        };
        long bytesPerRow = shape.BytesPerRow;
        double bytesPerSecond = bytesPerRow / (statistics.Mean * 1e-9);
        return bytesPerSecond >= 1e9 ? $"{bytesPerSecond / 1e9:F2} GB/s" : $"{bytesPerSecond / 1e6:F2} MB/s";
    }

    public override string ToString() => ColumnName;

    private static bool IsTransformCase(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(TransformBenchmarks);
}
