using System.CommandLine;
using RowBench.Strategies;
using RowBench.Transforms;

namespace RowBench.Harness.Cli;

/// <summary>The options several commands share, with their validation, so that every command words errors alike.</summary>
internal static class CommonOptions
{
    public static Option<string> Strategy(string defaultValue) => NameOption(
        "--strategy", "The execution strategy: " + string.Join(", ", StrategyCatalog.Names) + ".", defaultValue,
        name => StrategyCatalog.TryGet(name, out _) ? null : StrategyCatalog.DescribeUnknown(name));

    public static Option<string> Transform(string defaultValue) => NameOption(
        "--transform", "The row transform: " + string.Join(", ", TransformCatalog.Names) + ".", defaultValue,
        name => TransformCatalog.TryGet(name, out _) ? null : TransformCatalog.DescribeUnknown(name));

    public static Option<int> ChunkSize() => Checked(
        new Option<int>("--chunk-size") { Description = "Rows per chunk; 0 is the strategy's own partitioning.", DefaultValueFactory = _ => 0 },
        StrategyOptions.CheckChunkSize);

    public static Option<int> DegreeOfParallelism() => Checked(
        new Option<int>("--dop")
        {
            Description = "Degree of parallelism, 1 to 512. The default is the processor count.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        },
        StrategyOptions.CheckDegreeOfParallelism);

    public static Option<int> Positive(string name, string description, int defaultValue) => Checked(
        new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue },
        value => value > 0 ? null : $"{name} must be a positive number; got {value}.");

    public static Option<int> NonNegative(string name, string description, int defaultValue) => Checked(
        new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue },
        value => value >= 0 ? null : $"{name} must be 0 or more; got {value}.");

    private static Option<string> NameOption(string name, string description, string defaultValue, Func<string, string?> check) =>
        Checked(new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue }, check);

    private static Option<T> Checked<T>(Option<T> option, Func<T, string?> check)
    {
        option.Validators.Add(result =>
        {
            T? value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                // The value did not parse; the parser reports that itself.
                return;
            }

            if (value is not null && check(value) is { } problem)
            {
                result.AddError($"{option.Name}: {problem}");
            }
        });
        return option;
    }
}
