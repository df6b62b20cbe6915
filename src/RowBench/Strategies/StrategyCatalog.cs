namespace RowBench.Strategies;

/// <summary>The strategies by name, as the command line and the benchmarks ask for them.</summary>
public static class StrategyCatalog
{
    private static readonly IExecutionStrategy[] All =
        [new SequentialStrategy(), new ParallelForStrategy(), new PlinqStrategy(), new DataflowStrategy()];

    /// <summary>The names, in the order reports list them: the sequential baseline first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(strategy => strategy.Name)];

    /// <summary>Every strategy, in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<IExecutionStrategy> Strategies => All;

    /// <summary>Returns the strategy called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No strategy has that name; the message lists the valid names.</exception>
    public static IExecutionStrategy Get(string name) =>
        TryGet(name, out IExecutionStrategy? strategy) ? strategy : throw new ArgumentException(DescribeUnknown(name), nameof(name));

    /// <summary>Finds the strategy called <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IExecutionStrategy? strategy)
    {
        strategy = All.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return strategy is not null;
    }

    /// <summary>The one-line message for an unknown name, listing the valid ones.</summary>
    public static string DescribeUnknown(string? name) =>
        $"Unknown strategy '{name}'; expected one of: {string.Join(", ", Names)}.";
}
