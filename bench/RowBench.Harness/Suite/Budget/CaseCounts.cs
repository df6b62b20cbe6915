namespace RowBench.Harness.Suite.Budget;

/// <summary>
/// The warm-ups and measured iterations one case gets: <see cref="Warmups"/> null is the preset's own "2 to 6 until
/// stable" under BenchmarkDotNet's throughput strategy; a number is that many, fixed, under its monitoring strategy
/// (a long case: no jitting stage, whose two calls of a multi-second operation would only repeat the first warm-up).
/// </summary>
internal sealed record CaseCounts(int? Warmups, int Iterations)
{
    /// <summary>The default preset's counts.</summary>
    public static CaseCounts Preset { get; } = new(null, PresetIterations);

    /// <summary>The default preset's measured iterations.</summary>
    public const int PresetIterations = 5;

    /// <summary>The warm-ups the preset's adaptive stage is expected to take (it runs 2 to 6).</summary>
    public const int ExpectedAdaptiveWarmups = 4;

    /// <summary>The fewest measured iterations a budget may leave a case: three give a median and an interval.</summary>
    public const int FewestIterations = 3;

    /// <summary>The warm-ups to plan for.</summary>
    public int PlannedWarmups => Warmups ?? ExpectedAdaptiveWarmups;

    public override string ToString() => (Warmups is { } warmups ? $"{warmups} warm-up{(warmups == 1 ? "" : "s")}" : "2–6 warm-ups") + $", {Iterations} iterations";
}
