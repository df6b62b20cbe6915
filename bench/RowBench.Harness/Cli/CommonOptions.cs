using System.CommandLine;
using RowBench.Distributed;
using RowBench.Strategies;
using RowBench.Harness.Transforms;

namespace RowBench.Harness.Cli;

/// <summary>The options several commands share, with their validation, so that every command words errors alike.</summary>
internal static class CommonOptions
{
    public static Option<string> Strategy(string defaultValue) => NameOption(
        "--strategy", "The execution strategy: " + string.Join(", ", StrategyCatalog.Names) + ".", defaultValue, StrategyCatalog.Names,
        name => StrategyCatalog.TryGet(name, out _) ? null : StrategyCatalog.DescribeUnknown(name));

    /// <summary>--strategy with <c>distributed</c> as well: worker processes, for the commands that start them.</summary>
    public static Option<string> StrategyOrDistributed(string defaultValue) => NameOption(
        "--strategy", "The execution strategy: " + string.Join(", ", StrategyCatalog.Names) + ", or distributed (--workers processes).", defaultValue,
        [.. StrategyCatalog.Names, DistributedStrategy.StrategyName],
        name => StrategyCatalog.TryGet(name, out _) || IsDistributed(name) ? null : StrategyCatalog.DescribeUnknown(name) + " (or distributed)");

    /// <summary>Whether a strategy name means the distributed strategy.</summary>
    public static bool IsDistributed(string? name) => string.Equals(name, DistributedStrategy.StrategyName, StringComparison.OrdinalIgnoreCase);

    public static Option<string> Transform(string defaultValue) => NameOption(
        "--transform", "The row transform: " + string.Join(", ", HarnessTransforms.Names) + ", or one of a --transform-assembly.", defaultValue, HarnessTransforms.Names,
        name => HarnessTransforms.TryGet(name, out _) ? null : HarnessTransforms.DescribeUnknown(name));

    /// <summary>The name of the option that adds a user's transforms; the command line loads them before it checks names.</summary>
    public const string TransformAssemblyName = "--transform-assembly";

    /// <summary><c>--transform-assembly FILE</c>, any number of times: the transforms a .NET assembly holds join the built-in ones.</summary>
    public static Option<string[]> TransformAssembly() => Checked(
        new Option<string[]>(TransformAssemblyName)
        {
            Description = "A .NET assembly (.dll) of your own transforms: its public classes implementing IRowTransform<TValue, TResult> join "
                + "faithful and fast by name. May be given more than once.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        },
        paths => paths.Any(string.IsNullOrWhiteSpace) ? "the path is empty." : null);

    /// <summary>The transforms a command runs when it is given none: a user's, when there are any, else the built-in ones.</summary>
    public static IReadOnlyList<string> DefaultTransforms(IReadOnlyList<string> builtIn) =>
        HarnessTransforms.UserNames.Count > 0 ? HarnessTransforms.UserNames : builtIn;

    public static Option<int> ChunkSize() => Checked(
        new Option<int>("--chunk-size")
        {
            Description = "Rows per chunk; 0 is the strategy's own partitioning: "
                + string.Join("; ", StrategyCatalog.Strategies.Where(strategy => strategy.Name != "sequential").Select(strategy => $"{strategy.Name}: {strategy.DefaultPartitioning}")) + ".",
            DefaultValueFactory = _ => 0,
        },
        StrategyOptions.CheckChunkSize);

    public static Option<int> DegreeOfParallelism() => Checked(
        WithOldSpelling(new Option<int>("--degree")
        {
            Description = "Degree of parallelism, 1 to 512. The default is the processor count.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result => ParseInt(result, Environment.ProcessorCount),
        }, "--dop"),
        StrategyOptions.CheckDegreeOfParallelism);

    public static Option<int> Positive(string name, string description, int defaultValue) => Checked(
        new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue },
        value => value > 0 ? null : $"{name} must be a positive number; got {value}.");

    public static Option<int> NonNegative(string name, string description, int defaultValue) => Checked(
        new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue },
        value => value >= 0 ? null : $"{name} must be 0 or more; got {value}.");

    /// <summary>The most values a row may hold: 16,777,216 (a 4,096 × 4,096 image); beyond that per-row buffers overflow.</summary>
    public const int MaxColumns = 1 << 24;

    /// <summary>
    /// <c>--out</c>: where a command writes what it makes (a file or a folder), one spelling for every command.
    /// <paramref name="oldSpelling"/>, when given, is accepted as well for one release.
    /// </summary>
    public static Option<string?> Out(string description, string? oldSpelling = null)
    {
        Option<string?> option = FilePath("--out", description);
        return oldSpelling is null ? option : WithOldSpelling(option, oldSpelling);
    }

    /// <summary>An integer, with the parser's own wording for one that is not, naming the spelling the user typed.</summary>
    private static int ParseInt(System.CommandLine.Parsing.ArgumentResult result, int defaultValue)
    {
        if (result.Tokens.Count == 0)
        {
            return defaultValue;
        }

        string token = result.Tokens[0].Value;
        if (int.TryParse(token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        string name = (result.Parent as System.CommandLine.Parsing.OptionResult)?.IdentifierToken?.Value ?? "--degree";
        result.AddError($"Cannot parse argument '{token}' for option '{name}' as expected type 'System.Int32'.");
        return defaultValue;
    }

    /// <summary>Accepts <paramref name="oldSpelling"/> for <paramref name="option"/> until RowBench 0.4, and says so in --help.</summary>
    public static T WithOldSpelling<T>(T option, string oldSpelling)
        where T : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Aliases.Add(oldSpelling);
        option.Description += $" ({oldSpelling}: the old spelling, accepted until RowBench 0.4.)";
        return option;
    }

    /// <summary>--summary FILE: a short markdown for where CI shows things, appended; $GITHUB_STEP_SUMMARY when set and it is not given.</summary>
    public static Option<string?> Summary() => new("--summary")
    {
        Description = "Append a short markdown summary to this file: the verdict in one line, only what changed or cannot be told, the resolution, where the full report is. The default is $GITHUB_STEP_SUMMARY when set.",
    };

    /// <summary>A file path option that refuses an empty or blank path, which the file system would only reject later.</summary>
    public static Option<string?> FilePath(string name, string description) => Checked(
        new Option<string?>(name) { Description = description },
        value => string.IsNullOrWhiteSpace(value) ? "the path is empty." : null);

    /// <summary><c>--redis</c>: a StackExchange.Redis connection string (worker and features alike); an empty one is refused.</summary>
    public static Option<string?> RedisConnection(string description) => Checked(
        new Option<string?>("--redis") { Description = description },
        value => string.IsNullOrWhiteSpace(value) ? "the connection string is empty; give HOST:PORT, such as 10.0.0.5:6379." : null);

    /// <summary>The cluster's certificate, for workers reached over the network (worker and features alike).</summary>
    public static Option<string?> TlsCertificate(string description) => Checked(
        new Option<string?>("--tls-certificate") { Description = description },
        value => string.IsNullOrWhiteSpace(value) ? "the path is empty; give the cluster's .pfx or .pem file." : null);

    /// <summary>Loads the cluster's certificate; a file that is not one is bad input (exit 2).</summary>
    public static RowBench.Distributed.Workers.ClusterCertificate? LoadCertificate(string? path)
    {
        try
        {
            return path is null ? null : RowBench.Distributed.Workers.ClusterCertificate.Load(path);
        }
        catch (RowBench.Distributed.DistributedClusterException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>The values per row of a synthetic data set, 1 to <see cref="MaxColumns"/>.</summary>
    public static Option<int> Columns(string description, int defaultValue) => Checked(
        new Option<int>("--cols") { Description = description, DefaultValueFactory = _ => defaultValue },
        value => value is > 0 and <= MaxColumns ? null : $"must be from 1 to {MaxColumns:N0} values a row; got {value}.");

    /// <summary>Why rows × columns cannot be held in memory as one data set, or null.</summary>
    public static string? CheckInMemorySize(int rows, int columns) => (long)rows * columns > Array.MaxLength
        ? $"--rows {rows} × --cols {columns} is {(long)rows * columns:N0} values, more than one data set in memory can hold ({Array.MaxLength:N0})."
        : null;

    private static Option<string> NameOption(string name, string description, string defaultValue, IReadOnlyList<string> names, Func<string, string?> check)
    {
        // Validated here rather than by AcceptOnlyFromAmong: names match in any case, and an unknown one is answered
        // with the list and a suggestion; the completions give what AcceptOnlyFromAmong's would.
        Option<string> option = Checked(new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue }, check);
        option.CompletionSources.Add([.. names]);
        return option;
    }

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
                // The spelling the user typed, so that an old one (--output, --dop) is named as given.
                result.AddError($"{result.IdentifierToken?.Value ?? option.Name}: {problem}");
            }
        });
        return option;
    }
}
