using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using RowBench.Data;
using RowBench.Distributed.Grains;
using RowBench.Distributed.Workers;
using RowBench.Harness.Distributed;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The floor of a distributed task: a call that does nothing, one at a time (the round trip) and with the degree
/// in flight (the cost per task when calls overlap, which is what a run pays); and the serialisation of one chunk
/// of 100 rows of 4,096 bytes, both ways — the cost per byte before any network.
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Distributed)]
public class DistributedCallBenchmarks
{
    /// <summary>Calls per invocation of <see cref="CallsWithDegreeInFlight"/>: enough to keep the degree in flight.</summary>
    public const int Calls = 1_000;

    private LocalWorkerCluster? _cluster;
    private Serializer _serializer = null!;
    private RowChunk _chunk = null!;
    private long _key;

    [ParamsSource(nameof(WorkersValues))]
    public int Workers { get; set; } = 2;

    [ParamsSource(nameof(DegreeValues))]
    public int DegreeOfParallelism { get; set; } = 2;

    public static IEnumerable<int> WorkersValues => SuiteGrid.DistributedWorkers;

    public static IEnumerable<int> DegreeValues => SuiteGrid.DistributedWorkers.Count > 0 ? [SuiteGrid.Degrees.Max()] : [];

    [GlobalSetup]
    public void Setup()
    {
        _serializer = new ServiceCollection().AddSerializer(builder => builder.AddAssembly(typeof(RowChunk).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();
        ByteRowDataSet rows = SyntheticImageGenerator.Generate(100);
        _chunk = new RowChunk { Transform = "faithful", RowCount = 100, ColumnCount = rows.ColumnCount, Bytes = rows.Values.ToArray() };
        _cluster = HarnessCluster.StartAsync(Workers, CancellationToken.None).GetAwaiter().GetResult();
        CallsWithDegreeInFlight();
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int CallOneInFlight() => _cluster!.Grains.GetGrain<IChunkWorker>(_key++ % 64).Ping().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Calls)]
    public void CallsWithDegreeInFlight() =>
        Parallel.ForEachAsync(Enumerable.Range(0, Calls), new ParallelOptions { MaxDegreeOfParallelism = DegreeOfParallelism }, async (call, _) =>
            await _cluster!.Grains.GetGrain<IChunkWorker>(call % 64).Ping().ConfigureAwait(false)).GetAwaiter().GetResult();

    /// <summary>One chunk of 100 × 4,096 bytes to Orleans' wire format and back (only at the first worker count).</summary>
    [Benchmark]
    public RowChunk SerializeChunk() => _serializer.Deserialize<RowChunk>(_serializer.SerializeToArray(_chunk))!;
}
