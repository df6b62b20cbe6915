using RowBench.Data;

namespace RowBench.Distributed.Grains;

/// <summary>A chunk of rows shipped in a call: the values of one row type, row after row.</summary>
[GenerateSerializer]
public sealed class RowChunk
{
    /// <summary>The transform's name, as the worker's catalog knows it.</summary>
    [Id(0)]
    public string Transform { get; init; } = "";

    /// <summary>The index of the chunk's first row in the whole data set, for error messages.</summary>
    [Id(1)]
    public long FirstRow { get; init; }

    [Id(2)]
    public int RowCount { get; init; }

    [Id(3)]
    public int ColumnCount { get; init; }

    /// <summary>The values when the rows are bytes; else null.</summary>
    [Id(4)]
    public byte[]? Bytes { get; init; }

    /// <summary>The values when the rows are integers; else null.</summary>
    [Id(5)]
    public int[]? Integers { get; init; }

    /// <summary>The values when the rows are doubles; else null.</summary>
    /// <summary>The caller's <see cref="BuildIdentity"/> of the transform: a worker of another build refuses the chunk.</summary>
    [Id(7)]
    public string Build { get; init; } = "";

    [Id(6)]
    public double[]? Doubles { get; init; }

    /// <summary>The size of the values in bytes: what the call carries.</summary>
    public long PayloadBytes => (Bytes?.LongLength ?? 0) + (4L * (Integers?.LongLength ?? 0)) + (8L * (Doubles?.LongLength ?? 0));

    /// <summary>The rows as a data set, without copying.</summary>
    public RowDataSet ToDataSet() => (Bytes, Integers, Doubles) switch
    {
        ({ } bytes, _, _) => new ByteRowDataSet(bytes, RowCount, ColumnCount),
        (_, { } integers, _) => new Int32RowDataSet(integers, RowCount, ColumnCount),
        (_, _, { } doubles) => new DoubleRowDataSet(doubles, RowCount, ColumnCount),
        _ => throw new InvalidOperationException("The chunk holds no values."),
    };
}
