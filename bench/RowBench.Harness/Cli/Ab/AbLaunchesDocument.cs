using System.Text.Json;
using System.Text.Json.Serialization;
using RowBench.Analysis.Sequential;
using RowBench.IO;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// <c>launches.json</c> beside <c>ab.md</c>: the two sides as asked for, the design used and why, the budget's looks,
/// and every launch's measurements (a paired launch: each case's rounds, both sides' time per operation).
/// </summary>
/// <param name="Base">The base side: what was asked for and its commit, not the scratch folder.</param>
/// <param name="New">The new side.</param>
/// <param name="LaunchesPerSide">The launches asked for: with a budget, the most.</param>
/// <param name="BudgetMinutes">The budget, builds included; null for a fixed count.</param>
/// <param name="Looks">The budgeted run's looks at the pairs.</param>
/// <param name="Launches">A launch per side's launches (empty when paired).</param>
/// <param name="Design">How the samples were taken, and why (files from before 0.3 have none).</param>
/// <param name="PairedLaunches">The paired launches (null when the sides were launched apart).</param>
internal sealed record AbLaunchesDocument(
    AbSideDescription Base,
    AbSideDescription New,
    int LaunchesPerSide,
    bool Quick,
    IReadOnlyList<AbLaunch> Launches,
    string Design = "",
    double? BudgetMinutes = null,
    IReadOnlyList<LookOutcome>? Looks = null,
    IReadOnlyList<PairedLaunch.LaunchResult>? PairedLaunches = null)
{
    /// <summary>The file name.</summary>
    public const string FileName = "launches.json";

    /// <summary>How launches.json is written (the schema under schemas/ is generated with these).</summary>
    internal static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The file's schema version.</summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = SchemaVersions.Current;

    /// <summary>The document as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
