using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using RowBench.Harness.Benchmarks;

namespace RowBench.Harness.Suite;

/// <summary>The one place the suite's BenchmarkDotNet configuration is made, for every preset.</summary>
internal static class BenchmarkConfigFactory
{
    /// <summary>The measured iterations of the quick preset: enough samples for compare's rank test to call a 30% regression.</summary>
    public const int QuickIterations = 7;

    /// <summary>The measured iterations of one ab launch: its median is one sample, so a few suffice.</summary>
    public const int LaunchIterations = 3;

    /// <summary>The iteration time of one ab launch: 50 ms keeps a launch of the ab --quick grid near 25 s on 2 cores.</summary>
    public const int LaunchIterationMilliseconds = 50;

    /// <summary>The job of one ab launch: in this process, short, warmed up until stable.</summary>
    public static Job LaunchJob { get; } = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithMinWarmupCount(1)
        .WithMaxWarmupCount(3)
        .WithIterationCount(LaunchIterations)
        .WithIterationTime(TimeInterval.FromMilliseconds(LaunchIterationMilliseconds))
        // ab tests the Actual iterations, from which no overhead is subtracted: measuring the overhead would only cost time.
        .WithEvaluateOverhead(false)
        .WithId("Launch");

    /// <summary>
    /// The suite's configuration. <paramref name="inProcess"/> runs every job in this process (no SDK needed);
    /// <paramref name="maxWarmupCount"/> caps the warm-up iterations, which tune lowers to keep its default sweep within 20 minutes.
    /// </summary>
    /// <param name="progress">Reports each case's end and the estimated end of the run; none when null.</param>
    public static IConfig Create(
        BenchmarkPreset preset, string artifactsPath, ILogger logger, bool inProcess = false, int? maxWarmupCount = null, bool launchJob = false, bool measureAllocations = true,
        BenchmarkDotNet.EventProcessors.EventProcessor? progress = null, Budget.RunBudgetPlan? budget = null)
    {
        ManualConfig config = ManualConfig.CreateEmpty()
            // Mean, error, median and the rest: the defaults readers expect in BenchmarkDotNet tables.
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new ThroughputColumn())
            .AddLogger(logger)
            // Every format the issue asks for; the summary and compare read the full JSON.
            .AddExporter(MarkdownExporter.GitHub, HtmlExporter.Default, CsvExporter.Default, CsvMeasurementsExporter.Default, JsonExporter.Full)
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            // Sequential depends on neither chunk size nor degree: one case per transform and row count.
            .AddFilter(new SequentialOncePerTransformFilter(), new TuneGridFilter(), new InProcessCaseOnceFilter())
            .WithArtifactsPath(artifactsPath)
            // A failing benchmark does not stop the others (no StopOnFirstError); the run command lists it.
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));

        if (progress is not null)
        {
            config.AddEventProcessor(progress);
        }

        if (measureAllocations)
        {
            // Allocations matter: the faithful transform allocates on purpose, and strategies allocate per chunk.
            config.AddDiagnoser(MemoryDiagnoser.Default);
        }

        if (budget is not null)
        {
            // One job per planned counts, each with the preset's id; the filter gives each case the job of its counts.
            foreach (Budget.CaseCounts counts in budget.Counts.Values.Append(Budget.CaseCounts.Preset).Distinct())
            {
                Job job = DefaultPresetJob(counts);
                config.AddJob(inProcess ? job.WithToolchain(InProcessEmitToolchain.Instance) : job);
            }

            return config.AddFilter(new Budget.BudgetJobFilter(budget));
        }

        foreach (Job job in ConfiguredJobs(preset, inProcess, maxWarmupCount, launchJob))
        {
            config.AddJob(job);
        }

        return config;
    }

    /// <summary>
    /// The jobs a run gets, as BenchmarkDotNet itself displays them, for run.json and the summary: read from the job
    /// objects, so the description cannot drift from what ran.
    /// </summary>
    public static string Describe(BenchmarkPreset preset, bool inProcess = false, int? maxWarmupCount = null, bool launchJob = false) =>
        string.Join("; ", ConfiguredJobs(preset, inProcess, maxWarmupCount, launchJob).Select(job => job.DisplayInfo));

    private static IEnumerable<Job> ConfiguredJobs(BenchmarkPreset preset, bool inProcess, int? maxWarmupCount, bool launchJob)
    {
        // One ab launch: the preset's grid, but a job short enough to be run a dozen times, alternating two builds.
        foreach (Job job in launchJob ? [LaunchJob] : Jobs(preset))
        {
            Job adjusted = maxWarmupCount is { } warmups ? job.WithMaxWarmupCount(warmups) : job;
            yield return inProcess ? adjusted.WithToolchain(InProcessEmitToolchain.Instance) : adjusted;
        }
    }

    /// <summary>
    /// The default preset's job at <paramref name="counts"/>: out of process, one launch, 250 ms iterations; the
    /// preset's own counts are 2 to 6 warm-ups until stable and 5 iterations, a budget may set fewer.
    /// </summary>
    public static Job DefaultPresetJob(Budget.CaseCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Job job = Job.Default
            .WithLaunchCount(1)
            .WithIterationCount(counts.Iterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            // Not "Default": BenchmarkDotNet ignores that id and names the build folder after the settings, with spaces MSBuild rejects.
            .WithId("DefaultPreset");
        // A long case: the monitoring strategy skips the jitting stage (two more calls of a multi-second operation) and the
        // overhead evaluation (nanoseconds against seconds); its warm-ups are fixed.
        return counts.Warmups is { } warmups
            ? job.WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Monitoring).WithWarmupCount(warmups)
            : job.WithMinWarmupCount(2).WithMaxWarmupCount(6);
    }

    private static IEnumerable<Job> Jobs(BenchmarkPreset preset) => preset switch
    {
        // In process, so that no project is built; 100 ms iterations and 7 of them keep the whole run under 3 minutes.
        // Warm-up runs until the times settle (2 to 6 iterations): the fast transform's vector code and Dataflow's
        // internals run tens of times slower until the JIT has tiered them up, which one iteration does not cover.
        BenchmarkPreset.Quick =>
        [
            Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithMinWarmupCount(2)
                .WithMaxWarmupCount(6)
                .WithIterationCount(QuickIterations)
                .WithIterationTime(TimeInterval.FromMilliseconds(100))
                .WithId("Quick"),
        ],
        // Out of process, one launch, 5 iterations: a faithful run over 9,339 rows takes seconds, so the default
        // job's adaptive counts would take hours; warm-up as in the quick preset.
        BenchmarkPreset.Default => [DefaultPresetJob(Budget.CaseCounts.Preset)],
        // BenchmarkDotNet's own accuracy, once per GC flavour: the faithful transform allocates heavily.
        BenchmarkPreset.Full =>
        [
            Job.Default.WithGcServer(false).WithId("WorkstationGC"),
            Job.Default.WithGcServer(true).WithId("ServerGC"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset."),
    };
}
