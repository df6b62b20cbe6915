namespace RowBench.Analysis.Explain;

/// <summary>
/// Where one side's time went while an explaining launch traced it: per method, the CPU sampler's samples of the
/// threads running the benchmarked code (thread time: a thread waiting inside the code counts), and the operations run
/// in the same windows, so that samples become milliseconds per operation and sides of different speed compare.
/// </summary>
/// <param name="Operations">Operations run in the side's traced windows.</param>
/// <param name="Milliseconds">The side's traced windows' wall time.</param>
/// <param name="SampleIntervalMilliseconds">The sampler's measured period: the windows' time over the samples of the thread that ran them.</param>
/// <param name="Samples">Samples of the benchmarked code, all threads.</param>
/// <param name="Methods">Per method name (namespace, type and method, no signature).</param>
public sealed record MethodProfile(
    long Operations, double Milliseconds, double SampleIntervalMilliseconds, int Samples, IReadOnlyDictionary<string, MethodSamples> Methods)
{
    /// <summary>Thread time per operation of <paramref name="samples"/> samples, in milliseconds.</summary>
    public double MillisecondsPerOperation(int samples) => Operations == 0 ? 0 : samples * SampleIntervalMilliseconds / Operations;

    /// <summary>The share of this side's samples, in percent.</summary>
    public double Share(int samples) => Samples == 0 ? 0 : 100.0 * samples / Samples;
}
