using System.Text.Json;
using System.Text.Json.Serialization;
using RowBench.Analysis.Explain;
using RowBench.IO;

namespace RowBench.Reports;

/// <summary>
/// <c>explain.json</c>, beside <c>ab.md</c> when <c>--explain</c> ran: per explained benchmark its counters over the
/// verdict's launches, both sides' traced totals and trace files, and the methods whose time per operation grew most.
/// </summary>
/// <param name="Skipped">Why nothing was explained, when nothing was.</param>
/// <param name="Seconds">The explaining launch's wall time.</param>
public sealed record ExplainDocument(double Seconds, IReadOnlyList<ExplainDocumentBenchmark> Benchmarks, string? Skipped = null)
{
    /// <summary>The file name.</summary>
    public const string FileName = "explain.json";

    /// <summary>How explain.json is written (the schema under schemas/ is generated with these).</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The file's schema version.</summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = SchemaVersions.Current;

    /// <summary>The document of <paramref name="explanations"/>.</summary>
    public static ExplainDocument From(IReadOnlyList<BenchmarkExplanation> explanations, string? skipped, double seconds)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        return new ExplainDocument(Math.Round(seconds, 1), [.. explanations.Select(explanation => new ExplainDocumentBenchmark(
            explanation.Key,
            explanation.Verdict.ToString().ToLowerInvariant(),
            explanation.Ratio,
            explanation.Counters,
            Side(explanation.Base, explanation.BaseQueueLength, explanation.BaseTrace),
            Side(explanation.New, explanation.NewQueueLength, explanation.NewTrace),
            explanation.Dilation,
            explanation.Inclusive,
            explanation.Exclusive))], skipped);
    }

    /// <summary>The document as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    private static ExplainDocumentSide Side(MethodProfile profile, double queueLength, string trace) =>
        new(profile.Operations, profile.Milliseconds, profile.SampleIntervalMilliseconds, profile.Samples, queueLength, trace);
}
