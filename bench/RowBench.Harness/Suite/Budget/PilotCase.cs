namespace RowBench.Harness.Suite.Budget;

/// <summary>One case as the pilot timed it: one cold operation in this process.</summary>
/// <param name="Key">The case without its job (<see cref="CaseKeys.Of"/>), the same in the pilot and the run.</param>
/// <param name="OperationSeconds">One operation, cold (first call, so JIT included: an upper bound for a short one).</param>
/// <param name="SetupSeconds">The rest of the case's time in the pilot: its global set-up (data generation), BenchmarkDotNet's own work.</param>
internal sealed record PilotCase(string Key, double OperationSeconds, double SetupSeconds);
