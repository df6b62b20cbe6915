using System.Text.Json;
using System.Text.Json.Serialization;
using RowBench.IO;

namespace RowBench.Tuning;

/// <summary>
/// <c>tuning.json</c>: per strategy, transform, degree and row count, the recommended chunk size and its safe range,
/// the cost model's coefficients and the measurements, with a description of the machine they were measured on.
/// </summary>
public sealed record TuningDocument(
    TuningMachine Machine, string Preset, DateTimeOffset CreatedUtc, IReadOnlyList<TuningEntry> Entries, int SchemaVersion = SchemaVersions.Current)
{
    /// <summary>The file name <c>tune</c> writes.</summary>
    public const string FileName = "tuning.json";

    /// <summary>How tuning.json is written and read (the schema under schemas/ is generated with these).</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a tuning file.</summary>
    /// <exception cref="ResultFormatException">The file is missing or is not a tuning file.</exception>
    public static TuningDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new ResultFormatException(path, "no such file");
        }

        try
        {
            TuningDocument? document = JsonSerializer.Deserialize<TuningDocument>(File.ReadAllText(path), Options);
            if (document?.Entries is null || document.Machine is null || document.Entries.Any(entry => entry is null || entry.Strategy is null || entry.Transform is null))
            {
                throw new ResultFormatException(path, "not a tuning file (expected \"machine\" and \"entries\" with strategy and transform)");
            }

            SchemaVersions.Check(path, document.SchemaVersion, FileName);

            for (int index = 0; index < document.Entries.Count; index++)
            {
                TuningEntry entry = document.Entries[index];
                string? problem = true switch
                {
                    _ when entry.RecommendedChunkSize <= 0 => $"recommendedChunkSize {entry.RecommendedChunkSize}",
                    _ when entry.Rows <= 0 => $"rows {entry.Rows}",
                    _ when entry.DegreeOfParallelism <= 0 => $"degreeOfParallelism {entry.DegreeOfParallelism}",
                    _ when entry.SafeRange is { } range && (range.Min <= 0 || range.Max < range.Min) => $"safeRange {range.Min}..{range.Max}",
                    _ => null,
                };
                if (problem is not null)
                {
                    throw new ResultFormatException(path, $"entry {index + 1} ({entry.Strategy}, {entry.Transform}): {problem} must be a positive number");
                }
            }

            if (document.Machine.ProcessorCount <= 0)
            {
                throw new ResultFormatException(path, $"machine.processorCount {document.Machine.ProcessorCount} must be a positive number");
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw new ResultFormatException(path, $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>The document as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

/// <summary>The machine a tuning was measured on.</summary>
/// <param name="ProcessorCount">Its logical processor count.</param>
/// <param name="OperatingSystem">Its operating system.</param>
/// <param name="Runtime">The .NET runtime.</param>
/// <param name="Processor">The processor's name, when known.</param>
/// <param name="CalibrationNanoseconds">The machine's calibration figure (RowBench's calibration workload, in nanoseconds), when recorded.</param>
public sealed record TuningMachine(int ProcessorCount, string OperatingSystem, string Runtime, string? Processor, double? CalibrationNanoseconds = null);

/// <summary>A chunk size range, inclusive.</summary>
public sealed record ChunkSizeRange(int Min, int Max);

/// <summary>The cost model time(c) ≈ a + b/c + d·c, in nanoseconds, and its optimum.</summary>
public sealed record TuningModel(double A, double B, double D, double RSquared, double OptimumChunkSize);

/// <summary>One measured chunk size.</summary>
public sealed record TuningMeasurement(int ChunkSize, double MeanNanoseconds);

/// <summary>The tuning of one strategy, transform, degree and row count.</summary>
public sealed record TuningEntry(
    string Strategy,
    string Transform,
    int DegreeOfParallelism,
    int Rows,
    int RecommendedChunkSize,
    ChunkSizeRange SafeRange,
    int BestMeasuredChunkSize,
    double BestMeanNanoseconds,
    TuningModel? Model,
    IReadOnlyList<TuningMeasurement> Measurements);
