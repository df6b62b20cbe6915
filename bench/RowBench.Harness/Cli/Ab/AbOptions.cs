using RowBench.Analysis.Comparison;

namespace RowBench.Harness.Cli.Ab;

/// <summary>What <c>ab</c> was asked to do, as parsed from the command line.</summary>
/// <param name="LaunchesPerSide">Processes per side; each is one sample of every benchmark. With a budget, the most.</param>
/// <param name="Input">A CSV file both sides benchmark instead of the synthetic images (full path).</param>
/// <param name="TransformAssemblies">A user's transform assemblies (full paths), which both sides load: the same code, two harnesses.</param>
/// <param name="GcDefaults">Paired launches keep the runtime's large-object threshold instead of raising it (<see cref="AbPairedRunner.LargeObjectThreshold"/>).</param>
/// <param name="SideAssembly">
/// The user's transform assembly inside each side's build output, relative to the side's checkout: BASE and NEW are
/// then the user's repository (paths or revisions of the git repository in the current folder), built with
/// <c>dotnet build -c Release</c>, and this harness runs both. Null: BASE and NEW are RowBench revisions.
/// </param>
/// <param name="Explain">When the slower verdicts are explained: counters and both sides' traces (<see cref="Explain.AbExplainer"/>).</param>
/// <param name="ExplainMaximum">The most benchmarks explained.</param>
/// <param name="Budget">
/// The time the whole job may take, builds included: paired launches are added, with looks at a fixed schedule, while
/// it lasts and some benchmark is undecided. Null: exactly <paramref name="LaunchesPerSide"/> launches.
/// </param>
internal sealed record AbOptions(
    string Base,
    string New,
    bool Quick,
    string Filter,
    ChangeThreshold Threshold,
    ChangeThreshold Noise,
    double SignificanceLevel,
    int LaunchesPerSide,
    string Out,
    string Repository,
    string? Input = null,
    IReadOnlyList<string>? TransformAssemblies = null,
    bool GcDefaults = false,
    bool AllowMissing = false,
    TimeSpan? Budget = null,
    string? Summary = null,
    string? SideAssembly = null,
    Explain.ExplainMode Explain = Explain.ExplainMode.WhenSlower,
    int ExplainMaximum = Explain.AbExplainer.DefaultMaximum);
