namespace RowBench.Analysis.Summary;

/// <summary>The floor of a distributed task on a cluster of <paramref name="Workers"/> processes.</summary>
/// <param name="OneInFlightNanoseconds">A call that does nothing, one at a time: the round trip.</param>
/// <param name="DegreeInFlightNanoseconds">The same with the degree of calls in flight: time per call.</param>
/// <param name="SerializeChunkNanoseconds">One chunk of 100 rows × 4,096 bytes to the wire format and back, when measured.</param>
public sealed record DistributedCallRow(
    string Job,
    int Workers,
    int Degree,
    double? OneInFlightNanoseconds,
    double? DegreeInFlightNanoseconds,
    double? SerializeChunkNanoseconds);
