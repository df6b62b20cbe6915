using System.Text.Json;

namespace RowBench.Analysis;

/// <summary>
/// What a results folder was made with, written next to the reports as <c>run.json</c>: the preset, the jobs, the
/// garbage collector and the machine. BenchmarkDotNet's reports do not record the GC mode, which matters here.
/// <see cref="CalibrationNanoseconds"/> is <see cref="MachineCalibration"/>'s figure, which tells machines apart;
/// runs made before it existed have none. <see cref="Grid"/> is the run's plan as the suite built its cases from it.
/// </summary>
public sealed record RunInfo(
    string Label,
    string Preset,
    string Jobs,
    string GarbageCollector,
    int ProcessorCount,
    string OperatingSystem,
    string Runtime,
    DateTimeOffset CreatedUtc,
    [property: System.Text.Json.Serialization.JsonPropertyName("calibrationNanoseconds")] double? CalibrationNanoseconds = null,
    string? Grid = null,
    [property: System.Text.Json.Serialization.JsonPropertyName("schemaVersion")] int SchemaVersion = RowBench.IO.SchemaVersions.Current)
{
    /// <summary>What the run's time budget made of its cases (<c>run --budget</c>): what was shortened and what it costs; null without a budget.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("budget")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Budget { get; init; }

    /// <summary>The file name in a results folder.</summary>
    public const string FileName = "run.json";

    /// <summary>How run.json is written and read (the schema under schemas/ is generated with these).</summary>
    internal static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Reads <c>run.json</c> from <paramref name="folder"/>, or returns null when it has none.</summary>
    /// <exception cref="RowBench.IO.ResultFormatException">The file is there but is not a run's description (exit code 2).</exception>
    public static RunInfo? TryRead(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            RunInfo info = JsonSerializer.Deserialize<RunInfo>(File.ReadAllText(path), Options)
                ?? throw new RowBench.IO.ResultFormatException(path, "is empty (null), not a run's description");
            RowBench.IO.SchemaVersions.Check(path, info.SchemaVersion, FileName);
            return info;
        }
        catch (JsonException exception)
        {
            // Not "no run.json": a damaged one would silently skip compare's machine check.
            throw new RowBench.IO.ResultFormatException(path, $"not a valid {FileName} (line {exception.LineNumber + 1}): {exception.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Reads <c>run.json</c> of a results folder, or of the folder that holds a report file; null when there is none.</summary>
    /// <exception cref="RowBench.IO.ResultFormatException">The file is there but is not a run's description (exit code 2).</exception>
    public static RunInfo? TryReadFor(string path) =>
        Directory.Exists(path) ? TryRead(path) : Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder ? TryRead(folder) : null;

    /// <summary>Writes this as <c>run.json</c> in <paramref name="folder"/>.</summary>
    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Options));
}
