namespace RowBench.Strategies;

/// <summary>The strategies by name, as the command line and the benchmarks ask for them.</summary>
public static class StrategyCatalog
{
    private static readonly NamedCatalog<IExecutionStrategy> Catalog = new(
        "strategy",
        [new SequentialStrategy(), new ParallelForStrategy(), new PlinqStrategy(), new DataflowStrategy()],
        strategy => strategy.Name);

    /// <summary>The names, in the order reports list them: the sequential baseline first.</summary>
    public static IReadOnlyList<string> Names => Catalog.Names;

    /// <summary>Every strategy, in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<IExecutionStrategy> Strategies => Catalog.Items;

    /// <summary>Returns the strategy called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No strategy has that name; the message lists the valid names.</exception>
    public static IExecutionStrategy Get(string name) => Catalog.Get(name);

    /// <summary>Finds the strategy called <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IExecutionStrategy? strategy) =>
        Catalog.TryGet(name, out strategy);

    /// <summary>The one-line message for an unknown name, listing the valid ones.</summary>
    public static string DescribeUnknown(string? name) => Catalog.DescribeUnknown(name);
}
