using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RowBench.Harness.Benchmarks;

namespace RowBench.Harness.Suite.Budget;

/// <summary>
/// The budget's pilot: one cold operation in this process (no build, no child processes), through BenchmarkDotNet so
/// that the cases, parameters and set-ups are exactly the run's. Cases that differ only in their chunk size share one
/// pilot, of their smallest chunk size (the most per-chunk overhead, so the longest): a chunk size changes the
/// overhead, not the work, and piloting every one of the default grid's 31 faithful cases of 9,339 rows would take
/// minutes of a 30-minute budget.
/// </summary>
internal static class BudgetPilot
{
    /// <summary>One cold operation: no warm-up, no overhead, no sizing stage.</summary>
    public static Job Job { get; } = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithStrategy(RunStrategy.ColdStart)
        .WithLaunchCount(1)
        .WithWarmupCount(0)
        .WithIterationCount(1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithEvaluateOverhead(false)
        .WithId("Pilot");

    /// <summary>The name of the parameter whose cases share a pilot.</summary>
    private const string ChunkSizeParameter = "ChunkSize";

    /// <summary>Pilots the cases of <paramref name="benchmarkTypes"/> that <paramref name="filter"/> (a glob, as run's --filter) keeps; one <see cref="PilotCase"/> per case.</summary>
    public static IReadOnlyList<PilotCase> Run(Type[] benchmarkTypes, string filter, string artifactsPath)
    {
        ArgumentNullException.ThrowIfNull(benchmarkTypes);
        var timer = new CaseTimer();
        ManualConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job)
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .AddFilter(new SequentialOncePerTransformFilter(), new TuneGridFilter(), new InProcessCaseOnceFilter(), new GlobFilter([filter]))
            .AddEventProcessor(timer)
            .WithArtifactsPath(artifactsPath);
        BenchmarkRunInfo[] all = [.. benchmarkTypes.Select(type => BenchmarkConverter.TypeToBenchmarks(type, config)).Where(info => info.BenchmarksCases.Length > 0)];
        var groups = all.SelectMany(info => info.BenchmarksCases).GroupBy(GroupKey).ToDictionary(group => group.Key, group => group.ToArray());
        var representatives = groups.Values.Select(Representative).ToHashSet();
        BenchmarkRunInfo[] piloted = [.. all
            .Select(info => new BenchmarkRunInfo([.. info.BenchmarksCases.Where(representatives.Contains)], info.Type, info.Config))
            .Where(info => info.BenchmarksCases.Length > 0)];
        Summary[] summaries = piloted.Length == 0 ? [] : BenchmarkRunner.Run(piloted);

        var cases = new List<PilotCase>();
        foreach (BenchmarkReport report in summaries.SelectMany(summary => summary.Reports))
        {
            Measurement[] workload = [.. report.AllMeasurements.Where(measurement => measurement.IterationMode == IterationMode.Workload && measurement.IterationStage == IterationStage.Actual)];
            if (workload.Length == 0)
            {
                // A case that failed in the pilot will fail in the run too; its group is planned at the preset's counts.
                continue;
            }

            double operation = workload.Average(measurement => measurement.Nanoseconds / measurement.Operations) / 1e9;
            double wall = timer.Seconds.TryGetValue(report.BenchmarkCase, out double seconds) ? seconds : operation;
            foreach (BenchmarkCase member in groups[GroupKey(report.BenchmarkCase)])
            {
                cases.Add(new PilotCase(CaseKeys.Of(member), operation, Math.Max(0, wall - operation)));
            }
        }

        return cases;
    }

    /// <summary>The case without its job and chunk size.</summary>
    private static string GroupKey(BenchmarkCase benchmarkCase) =>
        $"{benchmarkCase.Descriptor.Type.FullName}.{benchmarkCase.Descriptor.WorkloadMethod.Name}("
        + string.Join(", ", benchmarkCase.Parameters.Items.Where(item => item.Name != ChunkSizeParameter).Select(item => $"{item.Name}={item.Value}")) + ")";

    /// <summary>The case of the smallest positive chunk size (0 is the strategy's own partitioning), else the first.</summary>
    private static BenchmarkCase Representative(BenchmarkCase[] group) =>
        group.Where(benchmarkCase => ChunkSize(benchmarkCase) > 0).OrderBy(ChunkSize).FirstOrDefault() ?? group[0];

    private static int ChunkSize(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(item => item.Name == ChunkSizeParameter)?.Value is int size ? size : 0;

    private sealed class CaseTimer : EventProcessor
    {
        private readonly Stopwatch _clock = new();

        public Dictionary<BenchmarkCase, double> Seconds { get; } = [];

        public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase) => _clock.Restart();

        public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report) => Seconds[benchmarkCase] = _clock.Elapsed.TotalSeconds;
    }
}
