using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using RowBench.Harness.Benchmarks;
using RowBench.Harness.Cli.Run;

namespace RowBench.Harness.Suite;

/// <summary>
/// What one side's harness offers <c>ab</c>'s paired launches, which load both revisions' harnesses into one process
/// (an <see cref="System.Runtime.Loader.AssemblyLoadContext"/> each) and alternate their cases. Only framework types
/// cross the boundary — strings, arrays, delegates — so each side's cases run its own code, benchmark classes and
/// library alike. The host finds this type and its members by name: they are a published contract, like the
/// benchmark names, and <see cref="ContractVersion"/> changes when their shape does.
/// </summary>
public static class PairedCases
{
    /// <summary>The shape of this contract; a host refuses a side of another version and falls back to launches per side.</summary>
    public const int ContractVersion = 1;

    private static readonly Dictionary<string, BenchmarkCase> Cases = new(StringComparer.Ordinal);

    /// <summary>
    /// Installs the quick suite's plan with <paramref name="rows"/> (0: the preset's) and <paramref name="degrees"/>
    /// (empty: the preset's) and returns the full names of its cases that match <paramref name="filter"/>, as
    /// BenchmarkDotNet's results name them (the keys compare reads).
    /// </summary>
    public static string[] Keys(int rows, int[] degrees, string filter)
    {
        ArgumentNullException.ThrowIfNull(degrees);
        SuiteGrid.Use(SuitePlan.For(BenchmarkPreset.Quick, Environment.ProcessorCount)
            .With(rows > 0 ? [rows] : null, null, degrees.Length > 0 ? degrees : null, null));
        return KeysOfInstalledPlan(filter);
    }

    /// <summary>
    /// The cases of the plan already installed (<c>run</c> installs its own) whose full names match
    /// <paramref name="filter"/>, ready for <see cref="Open"/>: how <c>run --trace</c> traces the cases it ran.
    /// </summary>
    public static string[] KeysOfInstalledPlan(string filter)
    {
        ManualConfig config = (ManualConfig)BenchmarkConfigFactory.Create(BenchmarkPreset.Quick, Path.GetTempPath(), NullLogger.Instance, inProcess: true, launchJob: true)
            .AddFilter(new GlobFilter([filter]));
        IFilter[] filters = [.. config.GetFilters()];
        Cases.Clear();
        foreach (Type type in RunCommand.SuiteTypes)
        {
            foreach (BenchmarkCase benchmarkCase in BenchmarkConverter.TypeToBenchmarks(type, config).BenchmarksCases.Where(candidate => filters.All(each => each.Predicate(candidate))))
            {
                Cases[FullNameProvider.GetBenchmarkName(benchmarkCase)] = benchmarkCase;
            }
        }

        return [.. Cases.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Sets a case up (its parameters, its global set-up) and returns one operation of it and the clean-up to call
    /// when it is measured: <c>[invoke, cleanup]</c>, a <see cref="Func{TResult}"/> and an <see cref="Action"/>.
    /// </summary>
    public static Delegate[] Open(string key)
    {
        BenchmarkCase benchmarkCase = Cases.TryGetValue(key, out BenchmarkCase? found)
            ? found
            : throw new ArgumentException($"no case '{key}'; call Keys first", nameof(key));
        Descriptor descriptor = benchmarkCase.Descriptor;
        object instance = Activator.CreateInstance(descriptor.Type)!;
        foreach (BenchmarkDotNet.Parameters.ParameterInstance parameter in benchmarkCase.Parameters.Items)
        {
            if (descriptor.Type.GetProperty(parameter.Name) is { } property)
            {
                property.SetValue(instance, parameter.Value);
            }
            else
            {
                descriptor.Type.GetField(parameter.Name)?.SetValue(instance, parameter.Value);
            }
        }

        descriptor.GlobalSetupMethod?.Invoke(instance, null);
        MethodInfo workload = descriptor.WorkloadMethod;
        Func<object?> invoke = () => workload.Invoke(instance, null);
        Action cleanup = () => descriptor.GlobalCleanupMethod?.Invoke(instance, null);
        return [invoke, cleanup];
    }
}
