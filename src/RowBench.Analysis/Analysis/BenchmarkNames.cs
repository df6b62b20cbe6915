using System.Text;

namespace RowBench.Analysis;

/// <summary>The names the suite's benchmark classes, methods and parameters are published under; they key every comparison.</summary>
public static class BenchmarkNames
{
    /// <summary>Whole-data-set runs of each strategy.</summary>
    public const string StrategyBenchmarks = "StrategyBenchmarks";

    /// <summary>Per-row cost of each transform.</summary>
    public const string TransformBenchmarks = "TransformBenchmarks";

    /// <summary>Strategies on a near-free transform.</summary>
    public const string OverheadBenchmarks = "OverheadBenchmarks";

    /// <summary>A CSV file end to end, streamed and read whole.</summary>
    public const string StreamingBenchmarks = "StreamingBenchmarks";

    /// <summary>The distributed strategy beside parallel-for, by workers, chunk size and data path.</summary>
    public const string DistributedBenchmarks = "DistributedBenchmarks";

    /// <summary>The floor of a distributed task: a call that does nothing, and the serialisation of one chunk.</summary>
    public const string DistributedCallBenchmarks = "DistributedCallBenchmarks";

    /// <summary>The distributed case of <see cref="DistributedBenchmarks"/>.</summary>
    public const string DistributedMethod = "Distributed";

    /// <summary>The in-process case of <see cref="DistributedBenchmarks"/>, at the same chunk size and degree.</summary>
    public const string ParallelForMethod = "ParallelFor";

    /// <summary>One call that does nothing, one at a time.</summary>
    public const string CallOneInFlightMethod = "CallOneInFlight";

    /// <summary>Calls that do nothing, the degree of them in flight (time per call).</summary>
    public const string CallsWithDegreeInFlightMethod = "CallsWithDegreeInFlight";

    /// <summary>One chunk to the wire format and back.</summary>
    public const string SerializeChunkMethod = "SerializeChunk";

    /// <summary>The worker processes of a distributed case.</summary>
    public const string WorkersParameter = "Workers";

    /// <summary>How a distributed case's chunks reach the workers: rows or file.</summary>
    public const string DataPathParameter = "DataPath";

    /// <summary>The sequential baseline's method.</summary>
    public const string Sequential = "Sequential";

    /// <summary>The transform benchmarks' method for the notebook's transform.</summary>
    public const string FaithfulMethod = "Faithful";

    /// <summary>The transform benchmarks' method for the fast transform.</summary>
    public const string FastMethod = "Fast";

    /// <summary>The streaming benchmarks' method that reads the file whole first.</summary>
    public const string InMemoryMethod = "InMemory";

    /// <summary>The streaming benchmarks' method that streams the file.</summary>
    public const string StreamingMethod = "Streaming";

    /// <summary>Parameter of the chunk-size sweep: the strategy's name.</summary>
    public const string StrategyParameter = "Strategy";

    /// <summary>Parameter: the transform's name.</summary>
    public const string TransformParameter = "Transform";

    /// <summary>Parameter: rows in the data set.</summary>
    public const string RowsParameter = "Rows";

    /// <summary>Parameter: rows per chunk, 0 for the strategy's default.</summary>
    public const string ChunkSizeParameter = "ChunkSize";

    /// <summary>Parameter: the degree of parallelism.</summary>
    public const string DegreeParameter = "DegreeOfParallelism";

    /// <summary>Parameter of the transform benchmarks: byte or int32.</summary>
    public const string RowTypeParameter = "RowType";

    /// <summary>Parameter of the transform benchmarks: values per row.</summary>
    public const string ColumnsParameter = "Columns";

    /// <summary>The command-line name of the strategy a benchmark method runs: <c>ParallelFor</c> gives <c>parallel-for</c>.</summary>
    public static string StrategyOf(string method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var name = new StringBuilder(method.Length + 4);
        for (int index = 0; index < method.Length; index++)
        {
            char character = method[index];
            if (char.IsUpper(character) && index > 0)
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(character));
        }

        return name.ToString();
    }
}
