using RowBench.Data;
using RowBench.Harness.Transforms;
using RowBench.Transforms;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The data set the strategy benchmarks and the tune sweep run a transform over: the synthetic Malimg-like images, or
/// the user's CSV file (<c>--input</c>), in the row type the transform takes. The command installs the file once
/// (<see cref="UseInput"/>); benchmark processes inherit it through <see cref="InputVariable"/>.
/// </summary>
internal static class BenchmarkData
{
    /// <summary>The environment variable that hands the input file's full path to benchmark processes.</summary>
    public const string InputVariable = "ROWBENCH_INPUT";

    private static readonly Lock Gate = new();
    private static (string Path, RowValueType Type, RowDataSet Data)? _cached;
    private static (int Rows, RowValueType Type, RowDataSet Data)? _cachedSynthetic;

    /// <summary>The input file's full path, or null for the synthetic data set.</summary>
    public static string? Input => Environment.GetEnvironmentVariable(InputVariable) is { Length: > 0 } path ? path : null;

    /// <summary>
    /// Makes <paramref name="path"/> the data set of the benchmarks (null: the synthetic one) after reading it once for
    /// each of <paramref name="transforms"/>, so that a bad file fails here, before any benchmark. Returns its row count.
    /// </summary>
    /// <exception cref="DataFormatException">The file is missing or a cell or row is bad; the message names file, line and column.</exception>
    public static int? UseInput(string? path, IEnumerable<string> transforms)
    {
        ArgumentNullException.ThrowIfNull(transforms);
        Environment.SetEnvironmentVariable(InputVariable, path is null ? null : System.IO.Path.GetFullPath(path));
        lock (Gate)
        {
            _cached = null;
        }

        if (path is null)
        {
            return null;
        }

        int rows = 0;
        foreach (RowValueType type in transforms.Select(name => RowTransformContract.CsvRowTypeFor(HarnessTransforms.Get(name))).Distinct())
        {
            rows = For(type, rows: 0).RowCount;
        }

        return rows;
    }

    /// <summary>The data set for <paramref name="transform"/>: the input file, or <paramref name="rows"/> synthetic rows.</summary>
    public static RowDataSet For(IRowTransform transform, int rows) => Input is null
        ? Synthetic(rows, RowTransformContract.RowTypeFor(transform, RowValueType.Byte)
            ?? throw new ArgumentException($"The transform '{transform.Name}' takes no row type the synthetic images can be given.", nameof(transform)))
        : For(RowTransformContract.CsvRowTypeFor(transform), rows);

    /// <summary>
    /// The synthetic images, generated once per process, row count and row type: the cases of an in-process run (the
    /// quick suite, a budget's pilot) share them instead of generating 9,339 images again in each case's set-up.
    /// The same seed gives the same rows, so sharing changes nothing but the set-up's time.
    /// </summary>
    private static RowDataSet Synthetic(int rows, RowValueType type)
    {
        lock (Gate)
        {
            if (_cachedSynthetic is { } cached && cached.Rows == rows && cached.Type == type)
            {
                return cached.Data;
            }

            // One data set at a time: the wide row types of 9,339 rows take hundreds of megabytes.
            _cachedSynthetic = null;
            RowDataSet data = SyntheticImageGenerator.Generate(rows).WidenTo(type);
            _cachedSynthetic = (rows, type, data);
            return data;
        }
    }

    private static RowDataSet For(RowValueType type, int rows)
    {
        string path = Input!;
        lock (Gate)
        {
            // Parsed once per process and row type: every case of an in-process run shares it, untimed.
            if (_cached is { } cached && cached.Path == path && cached.Type == type)
            {
                return cached.Data;
            }

            RowDataSet data = CsvRowReader.ReadAll(path, type);
            if (rows > 0 && data.RowCount != rows)
            {
                throw new InvalidOperationException($"{path} holds {data.RowCount} rows, not the {rows} the benchmark case was made for; it changed during the run.");
            }

            _cached = (path, type, data);
            return data;
        }
    }
}
