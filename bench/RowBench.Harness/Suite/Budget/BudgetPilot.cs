using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RowBench.Harness.Benchmarks;

namespace RowBench.Harness.Suite.Budget;

/// <summary>
/// The budget's pilot: every case of the run once, one cold operation each, in this process (no build, no child
/// processes), through BenchmarkDotNet so that the cases, parameters and set-ups are exactly the run's.
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

    public static IReadOnlyList<PilotCase> Run(Type[] benchmarkTypes, string filter, string artifactsPath)
    {
        var timer = new CaseTimer();
        ManualConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job)
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .AddFilter(new SequentialOncePerTransformFilter(), new TuneGridFilter(), new InProcessCaseOnceFilter())
            .AddEventProcessor(timer)
            .WithArtifactsPath(artifactsPath);
        Summary[] summaries = [.. BenchmarkSwitcher.FromTypes(benchmarkTypes).Run(["--filter", filter], config)];
        var cases = new List<PilotCase>();
        foreach (BenchmarkReport report in summaries.SelectMany(summary => summary.Reports))
        {
            Measurement[] workload = [.. report.AllMeasurements.Where(measurement => measurement.IterationMode == IterationMode.Workload && measurement.IterationStage == IterationStage.Actual)];
            if (workload.Length == 0)
            {
                // A case that failed in the pilot will fail in the run too; it is planned at the preset's counts.
                continue;
            }

            double operation = workload.Average(measurement => measurement.Nanoseconds / measurement.Operations) / 1e9;
            double wall = timer.Seconds.TryGetValue(report.BenchmarkCase, out double seconds) ? seconds : operation;
            cases.Add(new PilotCase(CaseKeys.Of(report.BenchmarkCase), operation, Math.Max(0, wall - operation)));
        }

        return cases;
    }

    private sealed class CaseTimer : EventProcessor
    {
        private readonly Stopwatch _clock = new();

        public Dictionary<BenchmarkCase, double> Seconds { get; } = [];

        public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase) => _clock.Restart();

        public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report) => Seconds[benchmarkCase] = _clock.Elapsed.TotalSeconds;
    }
}
