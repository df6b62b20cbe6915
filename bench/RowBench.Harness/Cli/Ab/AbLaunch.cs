namespace RowBench.Harness.Cli.Ab;

/// <summary>One launch of an ab run: which side, its place in the schedule, how long it took, and each benchmark's median.</summary>
/// <param name="Side">"base" or "new".</param>
/// <param name="Index">The launch's number within its side, from 1.</param>
/// <param name="Position">The launch's place in the whole schedule, from 1.</param>
/// <param name="CalibrationNanoseconds">The launch's calibration figure (run.json), if it recorded one.</param>
/// <param name="MedianNanoseconds">Each benchmark's median iteration time in this launch: the launch's one sample.</param>
internal sealed record AbLaunch(
    string Side,
    int Index,
    int Position,
    DateTimeOffset StartedUtc,
    double Seconds,
    double? CalibrationNanoseconds,
    IReadOnlyDictionary<string, double> MedianNanoseconds);
