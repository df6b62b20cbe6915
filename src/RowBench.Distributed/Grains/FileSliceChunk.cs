using RowBench.Data;

namespace RowBench.Distributed.Grains;

/// <summary>
/// A chunk named by where its rows are in a file every worker can reach: whole lines, <see cref="Length"/> bytes from
/// <see cref="Offset"/>. Only the range crosses the process boundary; the worker reads and parses the bytes itself.
/// </summary>
[GenerateSerializer]
public sealed class FileSliceChunk
{
    /// <summary>The transform's name, as the worker's catalog knows it.</summary>
    [Id(0)]
    public string Transform { get; init; } = "";

    /// <summary>The file's full path, the same on every worker.</summary>
    [Id(1)]
    public string Path { get; init; } = "";

    [Id(2)]
    public long Offset { get; init; }

    [Id(3)]
    public int Length { get; init; }

    /// <summary>The number of the slice's first line in the file, for error messages.</summary>
    [Id(4)]
    public long FirstLine { get; init; }

    /// <summary>The slice's line feeds: an upper bound of its rows.</summary>
    [Id(5)]
    public int Lines { get; init; }

    [Id(6)]
    public int ColumnCount { get; init; }

    /// <summary>The row type to parse the cells as: the one the transform takes.</summary>
    [Id(7)]
    public RowValueType ValueType { get; init; }

    /// <summary>The index of the slice's first row in the whole file, for error messages.</summary>
    /// <summary>The caller's <see cref="BuildIdentity"/> of the transform: a worker of another build refuses the chunk.</summary>
    [Id(9)]
    public string Build { get; init; } = "";

    [Id(8)]
    public long FirstRow { get; init; }
}
