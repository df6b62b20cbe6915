using BenchmarkDotNet.Attributes;
using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// Per-row cost of each transform, on 4,096-value byte rows (Malimg's images) and on wide Int32 rows (random values
/// over the whole range, as a CSV may hold), with allocated bytes and throughput per row. Each invocation runs a
/// batch of distinct rows, so that branch predictors cannot learn one row.
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Transforms)]
[MemoryDiagnoser]
public class TransformBenchmarks
{
    /// <summary>Rows per invocation: enough distinct rows that none is learnt, few enough for the faithful transform.</summary>
    public const int RowsPerInvocation = 64;

    private RowDataSet _rows = null!;

    /// <summary><c>byte</c>: one byte per value (0–255); <c>int32</c>: values over the whole Int32 range.</summary>
    [Params("byte", "int32")]
    public string RowType { get; set; } = "byte";

    /// <summary>64 × 64 pixels, as in Malimg.</summary>
    [Params(4_096)]
    public int Columns { get; set; } = 4_096;

    /// <summary>The bytes one row occupies in memory, which the throughput column divides by the time per row.</summary>
    public long BytesPerRow => RowType == "byte" ? Columns : Columns * sizeof(int);

    [GlobalSetup]
    public void Setup()
    {
        if (RowType == "byte")
        {
            _rows = SyntheticImageGenerator.Generate(RowsPerInvocation, Columns);
            return;
        }

        var random = new Random(SyntheticImageGenerator.DefaultSeed);
        int[] values = new int[RowsPerInvocation * Columns];
        for (int index = 0; index < values.Length; index++)
        {
            values[index] = random.Next(int.MinValue, int.MaxValue);
        }

        _rows = new Int32RowDataSet(values, RowsPerInvocation, Columns);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RowsPerInvocation)]
    public int Faithful() => ApplyToEveryRow(FaithfulTransform.Instance);

    [Benchmark(OperationsPerInvoke = RowsPerInvocation)]
    public int Fast() => ApplyToEveryRow(FastTransform.Instance);

    private int ApplyToEveryRow(IRowTransform transform)
    {
        int checksum = 0;
        for (int row = 0; row < RowsPerInvocation; row++)
        {
            checksum ^= _rows.ApplyTo(transform, row);
        }

        return checksum;
    }
}
