using System.Diagnostics;
using System.Globalization;
using RowBench.Analysis;
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
    /// <summary>The pairs, or null with the reason when the sides cannot be loaded side by side.</summary>
    public static (BenchmarkResultSet Base, BenchmarkResultSet New, IReadOnlyList<PairedLaunch.LaunchResult> Launches)? Run(
        AbOptions options, AbSide baseSide, AbSide newSide, HarnessConsole console, string scratch, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(options);
        reason = null;
        var launches = new List<PairedLaunch.LaunchResult>();
        for (int index = 1; index <= options.LaunchesPerSide; index++)
        {
            string output = Path.Combine(scratch, string.Create(CultureInfo.InvariantCulture, $"pair-{index:00}.json"));
            string log = Path.Combine(scratch, string.Create(CultureInfo.InvariantCulture, $"pair-{index:00}.log"));
            var clock = Stopwatch.StartNew();
            int exitCode = ChildProcess.Run(
                HarnessLaunch.Host, HarnessLaunch.Arguments(HarnessLaunch.Self, AbPairCommand.Arguments(options, baseSide.Harness, newSide.Harness, seed: index, output)),
                newSide.Checkout, log, HarnessLaunch.Environment);
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
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ab: paired launch {index}/{options.LaunchesPerSide} in {clock.Elapsed.TotalSeconds:F1} s"));
        }

        return (Side(launches, $"{options.Base} ({baseSide.ShortCommit})", isNew: false), Side(launches, $"{options.New} ({newSide.ShortCommit})", isNew: true), launches);
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
