using System.CommandLine;
using RowBench.Data;
using RowBench.Analysis;
using RowBench.Harness.Cli.Ab;
using RowBench.Harness.Cli.Calibrate;
using RowBench.Harness.Cli.Compare;
using RowBench.Harness.Cli.Dataset;
using RowBench.Harness.Cli.Features;
using RowBench.Harness.Cli.History;
using RowBench.Harness.Cli.Run;
using RowBench.Harness.Cli.Summary;
using RowBench.Harness.Cli.Tune;
using RowBench.Harness.Cli.Worker;
using RowBench.Harness.Transforms;
using RowBench.IO;
using RowBench.Strategies;

using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli;

/// <summary>
/// The harness's command line: parses with System.CommandLine, runs one command, and turns every expected failure
/// into a one-line message on standard error and a documented exit code, never a stack trace.
/// </summary>
internal static class HarnessCommandLine
{
    public static RootCommand Create(HarnessConsole console)
    {
        var root = new RootCommand(
            "RowBench: which way of running a row transform in parallel, with which chunk size and how many threads, is fastest here.")
        {
            RunCommand.Create(console),
            FeaturesCommand.Create(console),
            CompareCommand.Create(console),
            AbCommand.Create(console),
            AbPairCommand.Create(console),
            Ab.Explain.AbExplainCommand.Create(console),
            TuneCommand.Create(console),
            DatasetCommand.Create(console),
            SummaryCommand.Create(console),
            Export.ExportCommand.Create(console),
            CalibrateCommand.Create(console),
            HistoryCommand.Create(console),
            WorkerCommand.Create(console),
        };
        root.HelpName = HarnessPaths.CommandName;
        return root;
    }

    /// <summary>Runs the command line; <paramref name="signal"/> cancels it on SIGINT or SIGTERM.</summary>
    public static int Run(string[] args, HarnessConsole console, ShutdownSignal signal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(signal);

        // With no command, or only options, the main job is meant: the benchmark suite.
        if (args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("--help" or "-h" or "-?" or "--version")))
        {
            args = ["run", .. args];
        }

        // A user's transforms are loaded before the command line is checked, so that their names are known to it.
        try
        {
            // The first parse is only needed when an assembly is named: most commands skip its cost.
            HarnessTransforms.Use(args.Any(arg => arg.StartsWith(CommonOptions.TransformAssemblyName, StringComparison.Ordinal))
                ? TransformAssemblies(Create(console).Parse(args))
                : []);
        }
        catch (TransformAssemblyException ex)
        {
            return Fail(console, ExitCodes.BadInput, ex.Message);
        }

        RootCommand root = Create(console);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // "Required command was not provided" says less than the unrecognised token that caused it.
            var error = parsed.Errors.OrderBy(candidate => candidate.Message.StartsWith("Required command", StringComparison.Ordinal)).First();
            string hint = root.Subcommands.Any(command => command.Name == args[0]) ? $"{HarnessPaths.CommandName} {args[0]} --help" : $"{HarnessPaths.CommandName} --help";
            return Fail(console, ExitCodes.BadInput, $"{error.Message} (see {hint})");
        }

        signal.CommandHonoursCancellation = parsed.CommandResult.Command.Name is "features" or "dataset" or WorkerCommand.Name;
        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = console.Output,
                Error = console.Error,
                // Exceptions are turned into exit codes below, and signals are handled by Program.
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return parsed.InvokeAsync(configuration, signal.Token).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is OperationCanceledException && signal.Token.IsCancellationRequested)
        {
            return Fail(console, signal.ExitCode, "stopped by a signal; no output was written");
        }
        catch (Exception ex) when (Classify(ex) is { } failure)
        {
            return Fail(console, failure.ExitCode, failure.Message);
        }
    }

    /// <summary>The command's <c>--transform-assembly</c> values, whatever else the command line holds.</summary>
    private static string[] TransformAssemblies(ParseResult parsed)
    {
        if (!parsed.CommandResult.Command.Options.Any(option => option.Name == CommonOptions.TransformAssemblyName))
        {
            return [];
        }

        try
        {
            return parsed.GetValue<string[]>(CommonOptions.TransformAssemblyName)?.Where(path => !string.IsNullOrWhiteSpace(path)).ToArray() ?? [];
        }
        catch (InvalidOperationException)
        {
            // The option's own error is reported by the second parse.
            return [];
        }
    }

    private static (int ExitCode, string Message)? Classify(Exception exception) => exception switch
    {
        UsageException or DataFormatException or ResultFormatException or TransformAssemblyException => (ExitCodes.BadInput, exception.Message),
        OutputWriteException => (ExitCodes.CannotWrite, exception.Message),
        RowTransformException => (ExitCodes.Failed, exception.Message),
        RowBench.Distributed.ChunkTooLargeException => (ExitCodes.BadInput, exception.Message),
        RowBench.Distributed.WorkerBuildException => (ExitCodes.Failed, exception.Message),
        RowBench.Distributed.DistributedClusterException => (ExitCodes.Failed, exception.Message),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Classify(aggregate.InnerExceptions[0]),
        _ => (ExitCodes.InternalError, $"unexpected {exception.GetType().Name}: {exception.Message}"),
    };

    private static int Fail(HarnessConsole console, int exitCode, string message)
    {
        // One line, whatever the exception's message holds.
        console.Error.WriteLine("error: " + message.ReplaceLineEndings(" "));
        return exitCode;
    }
}
