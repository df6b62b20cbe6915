using System.Diagnostics;
using System.Globalization;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Analysis.Sequential;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// ab's paired launches: each a process of this harness (<c>ab-pair</c>) that loads both built sides and alternates
/// them case by case (<see cref="PairedLaunch"/>). A launch gives each benchmark one pair: the base's median time per
/// operation over its rounds, and the new side's as that times the median of the rounds' own new ÷ base ratios, so
/// that the pair's ratio is measured where the noise is shared. Launches are the independent blocks of the test.
/// </summary>
internal static class AbPairedRunner
{
    /// <summary>
    /// The large-object threshold of a paired launch (bytes, as the runtime reads DOTNET_GCLOHThreshold: hex). The
    /// faithful transform allocates a 100–400 KB string per row; at the runtime's 85,000 bytes each lands on the large
    /// object heap, and the gen-2 collections that heap sets off fall on one side's round or the other at random: on
    /// this project's 2-core machine the rounds' new ÷ base ratios of the faithful strategy cases spread by a log-SD of
    /// 0.21–0.24 with it and 0.08–0.09 at 2 MB (3 A/A launches each). Both sides share the setting, so the ratio stays
    /// fair; a user who sets DOTNET_GCLOHThreshold keeps theirs, and <c>--gc-defaults</c> turns it off.
    /// </summary>
    public const string LargeObjectThreshold = "0x200000";

    /// <summary>The environment of a paired launch.</summary>
    public static IReadOnlyDictionary<string, string> Environment(bool gcDefaults)
    {
        var environment = new Dictionary<string, string>(HarnessLaunch.Environment);
        if (!gcDefaults && System.Environment.GetEnvironmentVariable("DOTNET_GCLOHThreshold") is null)
        {
            environment["DOTNET_GCLOHThreshold"] = LargeObjectThreshold;
        }

        return environment;
    }

    /// <summary>How the launches' garbage collector was set, for the report's design line.</summary>
    public static string GcSetting(bool gcDefaults) =>
        System.Environment.GetEnvironmentVariable("DOTNET_GCLOHThreshold") is { } own ? $"large-object threshold {own} (DOTNET_GCLOHThreshold, yours)"
        : gcDefaults ? "the runtime's GC settings (--gc-defaults)"
        : "large-object threshold raised to 2 MB in both sides' process (--gc-defaults to keep 85,000 bytes)";

    /// <summary>What the paired launches measured, and how the run decided to stop.</summary>
    /// <param name="Level">The one-sided α of the look the run stopped at: the whole α without a budget.</param>
    /// <param name="Looks">The looks taken (none without a budget).</param>
    /// <param name="Stop">Why the run stopped, for the report.</param>
    public sealed record PairedOutcome(
        BenchmarkResultSet Base, BenchmarkResultSet New, IReadOnlyList<PairedLaunch.LaunchResult> Launches, double Level, IReadOnlyList<LookOutcome> Looks, string Stop);

    /// <summary>The first look of a budgeted run: the launches a fixed --quick run takes.</summary>
    public const int FirstLook = 8;

    /// <summary>Launches between looks.</summary>
    public const int LookEvery = 4;

    /// <summary>The most launches of a budgeted run unless --launches says otherwise.</summary>
    public const int BudgetMaximum = 24;

    /// <summary>The fewest launches whose pairs can give a verdict at all, taken even past the budget.</summary>
    public const int MinimumLaunches = 3;

    /// <summary>Time kept back from the budget for the report.</summary>
    private static readonly TimeSpan ReportReserve = TimeSpan.FromSeconds(5);

    /// <summary>The pairs, or null with the reason when the sides cannot be loaded side by side.</summary>
    /// <param name="elapsed">The job's clock, started with it: the budget counts the builds too.</param>
    public static PairedOutcome? Run(
        AbOptions options, AbSide baseSide, AbSide newSide, HarnessConsole console, string scratch, Stopwatch elapsed, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(elapsed);
        reason = null;
        LookSchedule? schedule = options.Budget is { } budgeted && budgeted > TimeSpan.Zero
            ? new LookSchedule(options.SignificanceLevel, Math.Min(FirstLook, options.LaunchesPerSide), LookEvery, options.LaunchesPerSide)
            : null;
        var comparisonOptions = new ComparisonOptions(options.Threshold, options.Noise, options.AllowMissing);
        var launches = new List<PairedLaunch.LaunchResult>();
        var durations = new List<double>();
        var looks = new List<LookOutcome>();
        double spent = 0, level = options.SignificanceLevel;
        string stop = $"{options.LaunchesPerSide} launches, as asked";
        for (int index = 1; index <= options.LaunchesPerSide; index++)
        {
            string output = Path.Combine(scratch, string.Create(CultureInfo.InvariantCulture, $"pair-{index:00}.json"));
            string log = Path.Combine(scratch, string.Create(CultureInfo.InvariantCulture, $"pair-{index:00}.log"));
            var clock = Stopwatch.StartNew();
            int exitCode = ChildProcess.Run(
                HarnessLaunch.Host, HarnessLaunch.Arguments(HarnessLaunch.Self, AbPairCommand.Arguments(options, baseSide.Harness, newSide.Harness, seed: index, output)),
                newSide.Checkout, log, Environment(options.GcDefaults));
            if (exitCode == PairedLaunch.CannotPair && index == 1)
            {
                reason = File.ReadLines(log).LastOrDefault(line => line.StartsWith("ab-pair: cannot pair: ", StringComparison.Ordinal))?["ab-pair: cannot pair: ".Length..]
                    ?? "the sides cannot be loaded side by side";
                return null;
            }

            if (exitCode != 0)
            {
                throw new AbLaunchFailedException($"ab: paired launch {index} exited {exitCode}; see {log}");
            }

            launches.Add(PairedLaunch.Read(output));
            durations.Add(clock.Elapsed.TotalSeconds);
            if (schedule is null)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ab: paired launch {index}/{options.LaunchesPerSide} in {durations[^1]:F1} s"));
                continue;
            }

            int reachable = Reachable(index, options.LaunchesPerSide, options.Budget!.Value - elapsed.Elapsed - ReportReserve, durations);
            bool isLast = reachable <= index && index >= MinimumLaunches;
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ab: paired launch {index} (of at most {options.LaunchesPerSide}, about {reachable} in the budget) in {durations[^1]:F1} s; {elapsed.Elapsed.TotalMinutes:F1} of {options.Budget.Value.TotalMinutes:0.#} minutes, ends ~{DateTime.Now.AddSeconds((reachable - index) * durations.TakeLast(3).Average()):HH:mm} unless every benchmark is decided sooner"));
            if (index < MinimumLaunches || (!isLast && !schedule.IsLook(index)))
            {
                continue;
            }

            level = schedule.LevelAt(index, spent, isLast);
            spent += level;
            (LookOutcome look, _) = SequentialLook.Evaluate(
                Side(launches, "base", isNew: false), Side(launches, "new", isNew: true), comparisonOptions, level, isLast, reachable, Math.Max(options.SignificanceLevel - spent, level));
            looks.Add(look);
            console.Error.WriteLine("ab: " + look.Describe());
            if (look.Stops)
            {
                stop = isLast
                    ? index >= options.LaunchesPerSide ? $"stopped at the maximum of {index} launches" : $"stopped at {index} launches: the budget of {options.Budget.Value.TotalMinutes:0.#} minutes left no time for another"
                    : look.OutOfReach == 0 ? $"stopped at {index} launches: every benchmark decided" : $"stopped at {index} launches: every benchmark decided but {look.OutOfReach} that the budget's remaining launches could not decide";
                break;
            }
        }

        string design = schedule is null ? stop
            : string.Create(CultureInfo.InvariantCulture, $"budget {options.Budget!.Value.TotalMinutes:0.#} minutes, builds included, {schedule.Describe()} launches with α spent O'Brien–Fleming-fashion; {stop}; this look's α {level:G2} of {options.SignificanceLevel:G2}{(looks.Count > 0 ? $" ({looks[^1].Counts()})" : "")}");
        return new PairedOutcome(
            Side(launches, $"{options.Base} ({baseSide.ShortCommit})", isNew: false), Side(launches, $"{options.New} ({newSide.ShortCommit})", isNew: true), launches, level, looks, design);
    }

    /// <summary>
    /// The launches the run can have by the end of its budget: those done, and as many more as fit in
    /// <paramref name="remaining"/> at the slowest of the last three launches' pace (a neighbour's load lasts), capped at
    /// <paramref name="maximum"/>.
    /// </summary>
    public static int Reachable(int done, int maximum, TimeSpan remaining, IReadOnlyList<double> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (durations.Count == 0 || remaining <= TimeSpan.Zero)
        {
            return Math.Min(done, maximum);
        }

        double pace = durations.TakeLast(3).Max();
        int more = pace <= 0 ? maximum : (int)Math.Floor(remaining.TotalSeconds / pace);
        return Math.Min(maximum, done + Math.Max(0, more));
    }

    /// <summary>One side's results: per benchmark, one sample per launch, in launch order (the pairing is by position).</summary>
    public static BenchmarkResultSet Side(IReadOnlyList<PairedLaunch.LaunchResult> launches, string source, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(launches);
        // Only benchmarks measured in every launch: a pair needs both of its halves in each block.
        List<string> keys = [.. launches.Select(launch => launch.Cases.Select(result => result.Key)).Aggregate((left, right) => left.Intersect(right, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];
        List<BenchmarkResult> results = [.. keys.Select(key =>
        {
            double[] samples = [.. launches.Select(launch => Sample(launch.Cases.Single(result => result.Key == key), isNew))];
            string name = key[..key.IndexOf('(', StringComparison.Ordinal)];
            string[] parts = name.Split('.');
            return new BenchmarkResult(key, parts[^2], parts[^1], "Paired", new Dictionary<string, string>(), samples.Average(), BenchmarkResult.Median(samples), 0, samples, null, samples.Length);
        })];
        return new BenchmarkResultSet(source, results, host: null);
    }

    private static double Sample(PairedLaunch.CaseResult result, bool isNew)
    {
        double baseMedian = BenchmarkResult.Median(result.BaseNanoseconds);
        if (!isNew)
        {
            return baseMedian;
        }

        double[] logRatios = [.. result.BaseNanoseconds.Zip(result.NewNanoseconds, (before, after) => Math.Log(after / before))];
        return baseMedian * Math.Exp(BenchmarkResult.Median(logRatios));
    }
}
