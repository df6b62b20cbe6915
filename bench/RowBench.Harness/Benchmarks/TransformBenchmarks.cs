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

    private BoundRowTransform _faithful = null!;
    private BoundRowTransform _fast = null!;

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
        RowDataSet rows = RowType == "byte" ? SyntheticImageGenerator.Generate(RowsPerInvocation, Columns) : RandomInt32Rows();
        // Bound once, as a strategy binds them: each call below is what a strategy pays per row.
        _faithful = rows.Bind(FaithfulTransform.Instance);
        _fast = rows.Bind(FastTransform.Instance);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RowsPerInvocation)]
    public double Faithful() => ApplyToEveryRow(_faithful);

    [Benchmark(OperationsPerInvoke = RowsPerInvocation)]
    public double Fast() => ApplyToEveryRow(_fast);

    private static double ApplyToEveryRow(BoundRowTransform transform)
    {
        double checksum = 0;
        for (int row = 0; row < RowsPerInvocation; row++)
        {
            checksum += transform.Apply(row);
        }

        return checksum;
    }

    private Int32RowDataSet RandomInt32Rows()
    {
        var random = new Random(SyntheticImageGenerator.DefaultSeed);
        int[] values = new int[RowsPerInvocation * Columns];
        for (int index = 0; index < values.Length; index++)
        {
            values[index] = random.Next(int.MinValue, int.MaxValue);
        }

        return new Int32RowDataSet(values, RowsPerInvocation, Columns);
    }
}
