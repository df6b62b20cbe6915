using System.Text.Json;
using System.Text.Json.Serialization;
using RowBench.Analysis.Comparison;
using RowBench.IO;

namespace RowBench.Reports;

/// <summary>
/// <c>comparison.json</c>, beside <c>compare.md</c> and <c>ab.md</c>: every verdict with its p-values, ratio and
/// resolution, for tools that gate or chart on them without parsing markdown.
/// </summary>
public sealed record ComparisonDocument(
    string Base,
    string New,
    string Test,
    string Threshold,
    string Noise,
    double SignificanceLevel,
    int FamilySize,
    double GeometricMeanRatio,
    double? MedianMinimumDetectableChange,
    bool FailsGate,
    IReadOnlyList<ComparisonDocumentRow> Benchmarks,
    IReadOnlyList<string> MissingFromNew,
    IReadOnlyList<string> OnlyInNew)
{
    /// <summary>The file name.</summary>
    public const string FileName = "comparison.json";

    /// <summary>How comparison.json is written (the schema under schemas/ is generated with these).</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The file's schema version.</summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = SchemaVersions.Current;

    /// <summary>The document of <paramref name="comparison"/>.</summary>
    public static ComparisonDocument From(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new ComparisonDocument(
            comparison.Base.Source,
            comparison.New.Source,
            comparison.TestName,
            comparison.Options.Threshold.ToString(),
            comparison.Options.Noise.ToString(),
            comparison.SignificanceLevel,
            comparison.FamilySize,
            comparison.GeometricMeanRatio,
            Finite(comparison.MedianMinimumDetectableChange),
            comparison.FailsGate,
            [.. comparison.Compared.Select(row => new ComparisonDocumentRow(
                row.Key,
                row.Verdict.ToString().ToLowerInvariant(),
                row.Ratio,
                row.BaseMedianNanoseconds,
                row.NewMedianNanoseconds,
                row.SlowerPValue,
                row.FasterPValue,
                Finite(row.MinimumDetectableChange),
                Finite(row.Resolution?.RatioLow),
                Finite(row.Resolution?.RatioHigh),
                row.BaseSamples,
                row.NewSamples,
                row.SampleUnit,
                row.Reason))],
            [.. comparison.OnlyInBase],
            [.. comparison.OnlyInNew]);
    }

    /// <summary>The document as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    private static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;
}
