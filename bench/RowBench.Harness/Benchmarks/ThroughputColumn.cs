using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// Bytes processed per second: for <see cref="TransformBenchmarks"/> the row's size over the time per row, for
/// <see cref="CsvParserBenchmarks"/> the CSV file's size over the time to parse it.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Throughput";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Row bytes (transforms) or CSV bytes (parsers) processed per second (1 GB = 10^9 bytes)";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, long> CsvBytes = new();

    public bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(candidate => IsTransformCase(candidate) || IsParserCase(candidate)) == true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!(IsTransformCase(benchmarkCase) || IsParserCase(benchmarkCase)) || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        long bytes;
        if (IsParserCase(benchmarkCase))
        {
            bytes = CsvBytes.GetOrAdd((int)benchmarkCase.Parameters[nameof(CsvParserBenchmarks.Rows)], CsvParserBenchmarks.FileBytes);
        }
        else
        {
            var shape = new TransformBenchmarks
            {
                RowType = (string)benchmarkCase.Parameters[nameof(TransformBenchmarks.RowType)],
                Columns = (int)benchmarkCase.Parameters[nameof(TransformBenchmarks.Columns)],
            };
            bytes = shape.BytesPerRow;
        }

        double bytesPerSecond = bytes / (statistics.Mean * 1e-9);
        return bytesPerSecond >= 1e9 ? $"{bytesPerSecond / 1e9:F2} GB/s" : $"{bytesPerSecond / 1e6:F2} MB/s";
    }

    public override string ToString() => ColumnName;

    private static bool IsTransformCase(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(TransformBenchmarks);

    private static bool IsParserCase(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(CsvParserBenchmarks);
}
