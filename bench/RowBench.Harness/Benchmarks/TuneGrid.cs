namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The curves a <c>tune</c> run sweeps. BenchmarkDotNet reads parameter sources from static members while it builds
/// the cases, so the tune command installs the whole list here once, before that (as <see cref="SuiteGrid"/> does).
/// </summary>
internal static class TuneGrid
{
    /// <summary>One curve: a strategy, transform, degree and row count, and the chunk sizes to measure.</summary>
    public sealed record Curve(string Strategy, string Transform, int Degree, int Rows, IReadOnlyList<int> ChunkSizes) : Tuning.TuneCurves.ICurveKey;

    public static IReadOnlyList<Curve> Curves { get; private set; } = [];

    /// <summary>Installs the curves to sweep, as a whole.</summary>
    public static void Use(IReadOnlyList<Curve> curves) => Curves = curves ?? throw new ArgumentNullException(nameof(curves));

    /// <summary>Whether the cross product of parameters holds a point of one of the curves.</summary>
    public static bool Contains(string strategy, string transform, int degree, int rows, int chunkSize) =>
        Curves.Any(curve => curve.Strategy == strategy && curve.Transform == transform && curve.Degree == degree
            && curve.Rows == rows && curve.ChunkSizes.Contains(chunkSize));
}
