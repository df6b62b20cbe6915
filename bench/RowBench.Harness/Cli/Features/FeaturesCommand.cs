using System.CommandLine;
using RowBench.Data;
using RowBench.Distributed;
using RowBench.Distributed.Workers;
using RowBench.Harness.Distributed;
using RowBench.Harness.Transforms;
using RowBench.IO;
using RowBench.Strategies;
using RowBench.Streaming;
using RowBench.Transforms;
using RowBench.Tuning;

using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Features;

/// <summary>
/// <c>features</c>: computes the feature of every row of a CSV file or of the synthetic data set and writes
/// <c>row,feature</c> CSV to a file or to standard output. A file is streamed in bounded memory unless
/// <c>--in-memory</c> is given.
/// </summary>
internal static class FeaturesCommand
{
    public static Command Create(HarnessConsole console)
    {
        var input = CommonOptions.FilePath("--input", "A CSV file of numeric rows (a header line is optional): integers, or decimals for a transform of double rows.");
        var synthetic = new Option<bool>("--synthetic") { Description = "Use the synthetic Malimg-like data set instead of a file." };
        var rows = CommonOptions.Positive("--rows", "Rows of the synthetic data set.", SyntheticImageGenerator.DefaultRows);
        var columns = CommonOptions.Columns("Values per row of the synthetic data set.", SyntheticImageGenerator.DefaultColumns);
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data set.", DefaultValueFactory = _ => SyntheticImageGenerator.DefaultSeed };
        var output = CommonOptions.Out("The CSV file to write; standard output when absent.", oldSpelling: "--output");
        var strategy = CommonOptions.StrategyOrDistributed("parallel-for");
        var workers = CommonOptions.Positive("--workers", "Worker processes for --strategy distributed, started and stopped by this command.", 2);
        var gateways = new Option<string[]>("--gateways")
        {
            Description = "With --strategy distributed: HOST:PORT of the gateways of workers already running (worker --advertise), instead of starting --workers here.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var redis = CommonOptions.RedisConnection("With --strategy distributed: the Redis server of workers already running (worker --redis), instead of --gateways or --workers.");
        var clusterId = new Option<string>("--cluster-id") { Description = "With --gateways or --redis: the workers' --cluster-id.", DefaultValueFactory = _ => "rowbench" };
        var tlsCertificate = CommonOptions.TlsCertificate("With --gateways or --redis: the cluster's certificate (the workers' --tls-certificate); connections are mutual TLS pinned to it.");
        var dataPath = new Option<DistributedDataPath>("--data-path")
        {
            Description = "With --strategy distributed: rows (ship each chunk's rows in the call) or file (send a row range; each worker reads its slice of --input).",
            DefaultValueFactory = _ => DistributedDataPath.Rows,
        };
        var transform = CommonOptions.Transform("fast");
        var chunkSize = CommonOptions.ChunkSize();
        var degree = CommonOptions.DegreeOfParallelism();
        var inMemory = new Option<bool>("--in-memory") { Description = "Read the whole --input file before transforming it, instead of streaming it (for comparison)." };
        var transformAssembly = CommonOptions.TransformAssembly();
        var tuning = new Option<string?>("--tuning") { Description = "A tuning.json from tune: its chunk size for this strategy, transform and degree, unless --chunk-size is given." };

        var command = new Command("features", "Compute the feature of every row and write row,feature CSV.")
        {
            input, synthetic, rows, columns, seed, output, strategy, transform, transformAssembly, chunkSize, degree, tuning, inMemory, workers, dataPath, gateways, redis, clusterId, tlsCertificate,
        };
        command.Validators.Add(result =>
        {
            bool hasInput = result.GetResult(input) is not null, isSynthetic = result.GetValue(synthetic);
            if (hasInput == isSynthetic)
            {
                result.AddError("features needs either --input FILE or --synthetic (not both).");
            }
            else if (hasInput && (result.GetResult(rows) is { Implicit: false } || result.GetResult(columns) is { Implicit: false } || result.GetResult(seed) is { Implicit: false }))
            {
                result.AddError("--rows, --cols and --seed apply only with --synthetic.");
            }
            else if (isSynthetic && result.GetValue(inMemory))
            {
                result.AddError("--in-memory applies only with --input.");
            }
            else if (isSynthetic && CommonOptions.CheckInMemorySize(result.GetValue(rows), result.GetValue(columns)) is { } tooLarge)
            {
                result.AddError(tooLarge);
            }
            else if (!CommonOptions.IsDistributed(result.GetValue(strategy))
                && (result.GetResult(workers) is { Implicit: false } || result.GetResult(dataPath) is { Implicit: false } || result.GetResult(gateways) is not null || result.GetResult(redis) is not null || result.GetResult(clusterId) is { Implicit: false }))
            {
                result.AddError("--workers, --data-path, --gateways, --redis and --cluster-id apply only with --strategy distributed.");
            }
            else if (new[] { result.GetResult(gateways) is not null, result.GetResult(redis) is not null, result.GetResult(workers) is { Implicit: false } }.Count(given => given) > 1)
            {
                result.AddError("--workers starts workers here; --gateways and --redis find workers already running: give one of the three.");
            }
            else if (result.GetResult(tlsCertificate) is not null && result.GetResult(gateways) is null && result.GetResult(redis) is null)
            {
                result.AddError("--tls-certificate is for workers already running (--gateways or --redis); the workers started here listen on loopback only.");
            }
            else if (result.GetResult(gateways) is not null && Gateways.Problem(result.GetValue(gateways)!) is { } badGateway)
            {
                result.AddError(badGateway);
            }
            else if (result.GetValue(dataPath) == DistributedDataPath.File && (isSynthetic || result.GetValue(inMemory)))
            {
                result.AddError("--data-path file needs a streamed --input file: the workers read their slices of it (not with --synthetic or --in-memory).");
            }
        });

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new FeaturesOptions(
                parseResult.GetValue(input),
                parseResult.GetValue(synthetic),
                parseResult.GetValue(rows),
                parseResult.GetValue(columns),
                parseResult.GetValue(seed),
                parseResult.GetValue(output),
                parseResult.GetValue(strategy)!,
                parseResult.GetValue(transform)!,
                parseResult.GetValue(chunkSize),
                parseResult.GetValue(degree),
                parseResult.GetValue(tuning),
                parseResult.GetResult(chunkSize) is { Implicit: false },
                parseResult.GetValue(inMemory),
                parseResult.GetValue(workers),
                parseResult.GetValue(dataPath),
                parseResult.GetValue(gateways),
                parseResult.GetValue(clusterId)!,
                parseResult.GetValue(redis),
                parseResult.GetValue(tlsCertificate)),
            console,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(FeaturesOptions options, HarnessConsole console, CancellationToken cancellationToken)
    {
        bool distributed = CommonOptions.IsDistributed(options.Strategy);
        IRowTransform transform = HarnessTransforms.Get(options.Transform);
        // An output aimed at an input, at a directory or at a place that cannot be written fails before any work.
        if (options.Output is { } outputFile)
        {
            OutputPaths.EnsureFile("features", "--out", outputFile, options.Input, options.Tuning);
        }

        // The tuning file is read first, so that a bad one fails before any output exists.
        ChunkSizeAdvisor? advisor = options.Tuning is not null && !options.ChunkSizeGiven ? ChunkSizeAdvisor.Load(options.Tuning) : null;
        StrategyOptions OptionsFor(int rows) =>
            new() { ChunkSize = ChunkSizeFor(options, advisor, rows, console), DegreeOfParallelism = options.DegreeOfParallelism };

        // A streamed input is opened first, so that a missing or empty file fails before any output exists.
        using CsvRowReader? reader = options.Synthetic || options.InMemory ? null : CsvRowReader.Open(options.Input!);

        // The workers start after the input is known good, and end with the command however it ends.
        ClusterCertificate? certificate = CommonOptions.LoadCertificate(options.TlsCertificate);
        IChunkCluster? cluster = !distributed ? null
            : options.Gateways is { Length: > 0 } addresses
                ? await RemoteWorkerCluster.ConnectAsync(ClusterMembership.StaticGateways(Gateways.Resolve(addresses)), options.ClusterId, cancellationToken, certificate).ConfigureAwait(false)
            : options.Redis is { } redisConnection
                ? await RemoteWorkerCluster.ConnectAsync(ClusterMembership.Redis(redisConnection), options.ClusterId, cancellationToken, certificate).ConfigureAwait(false)
                : await HarnessCluster.StartAsync(
                    options.Workers, cancellationToken, options.DataPath == DistributedDataPath.File ? Path.GetDirectoryName(Path.GetFullPath(options.Input!)) : null).ConfigureAwait(false);
        try
        {
            IExecutionStrategy strategy = cluster is null ? StrategyCatalog.Get(options.Strategy) : new DistributedStrategy(cluster);
            Func<Stream, Task> produce = (reader, cluster) switch
            {
                (null, _) => stream => WriteInMemoryAsync(stream, options, strategy, transform, OptionsFor, cancellationToken),
                ({ } fileReader, { } workers) when options.DataPath == DistributedDataPath.File =>
                    stream => SendSlicesAsync(stream, workers, fileReader, transform, OptionsFor(DistributedFileRun.DefaultSliceRows), cancellationToken),
                // A stream's strategy runs see one batch at a time: the tuning is scaled to a batch's default size.
                ({ } fileReader, _) => stream => StreamAsync(stream, fileReader, strategy, transform, OptionsFor(new StreamingOptions().BatchRows), cancellationToken),
            };

            if (options.Output is null)
            {
                await produce(console.OpenStandardOutput()).ConfigureAwait(false);
            }
            else
            {
                await AtomicFile.WriteAsync(options.Output, produce).ConfigureAwait(false);
            }
        }
        finally
        {
            if (cluster is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// --chunk-size when given; else the tuned size for <paramref name="rows"/> rows from --tuning, when the file has an
    /// entry for this machine; else 0. Says on standard error which entry was used, or why none.
    /// </summary>
    private static int ChunkSizeFor(FeaturesOptions options, ChunkSizeAdvisor? advisor, int rows, HarnessConsole console)
    {
        if (advisor is null)
        {
            return options.ChunkSize;
        }

        ChunkSizeAdvice advice = advisor.Advise(options.Strategy, options.Transform, options.DegreeOfParallelism, rows);
        console.Error.WriteLine(advice.ChunkSize > 0
            ? $"features: chunk size {advice.ChunkSize} from {options.Tuning}: {advice.Explanation}"
            : $"features: {options.Tuning}: {advice.Explanation}; using the strategy's default partitioning");
        return advice.ChunkSize;
    }

    private static async Task WriteInMemoryAsync(
        Stream destination, FeaturesOptions options, IExecutionStrategy strategy, IRowTransform transform, Func<int, StrategyOptions> optionsFor, CancellationToken cancellationToken)
    {
        // In the row type the transform takes: the images widened to it, the file read as it (integers, decimals or bytes).
        RowDataSet data = options.Synthetic
            ? SyntheticImageGenerator.Generate(options.Rows, options.Columns, options.Seed, cancellationToken)
                .WidenTo(RowTransformContract.RowTypeFor(transform, RowValueType.Byte) ?? RowValueType.Double)
            : CsvRowReader.ReadAll(options.Input!, RowTransformContract.CsvRowTypeFor(transform));
        // The tuning is scaled to the rows actually read, not to a second count of the file's lines.
        double[] features = strategy.Run(data, transform, optionsFor(data.RowCount), cancellationToken);
        var writer = new FeatureCsvWriter(destination);
        await using (writer.ConfigureAwait(false))
        {
            writer.Write(0, features);
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The distributed strategy's file path: workers read their own slices; the features are written in row order.</summary>
    private static async Task SendSlicesAsync(
        Stream destination, IChunkCluster cluster, CsvRowReader reader, IRowTransform transform, StrategyOptions strategyOptions, CancellationToken cancellationToken)
    {
        var writer = new FeatureCsvWriter(destination);
        await using (writer.ConfigureAwait(false))
        {
            await DistributedFileRun.RunAsync(cluster, reader, transform, strategyOptions, writer.Write, cancellationToken).ConfigureAwait(false);
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads, transforms and writes in bounded memory, whatever the file's size.</summary>
    private static async Task StreamAsync(
        Stream destination, CsvRowReader reader, IExecutionStrategy strategy, IRowTransform transform, StrategyOptions strategyOptions, CancellationToken cancellationToken)
    {
        var writer = new FeatureCsvWriter(destination);
        await using (writer.ConfigureAwait(false))
        {
            await StreamingFeaturePipeline.RunAsync(
                reader, strategy, transform, strategyOptions, writer.Write, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
