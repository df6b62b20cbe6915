using RowBench.Transforms;

namespace RowBench.Harness.Transforms;

/// <summary>
/// The transforms this harness knows by name: the built-in <c>faithful</c> and <c>fast</c>, and those of the
/// <c>--transform-assembly</c> files. The command installs the assemblies once (<see cref="Use"/>), before the command
/// line's names are checked; the benchmark processes BenchmarkDotNet starts inherit the list through
/// <see cref="AssembliesVariable"/> and load it on first use, so that a user's transform runs in and out of process.
/// </summary>
internal static class HarnessTransforms
{
    /// <summary>The environment variable that hands the assemblies' full paths to benchmark processes.</summary>
    public const string AssembliesVariable = "ROWBENCH_TRANSFORM_ASSEMBLIES";

    private static readonly Lock Gate = new();
    private static Catalog? _catalog;

    /// <summary>Every name, the built-in ones first, then each assembly's in the order given.</summary>
    public static IReadOnlyList<string> Names => Current.Names;

    /// <summary>The names of the transforms the assemblies hold; empty when none was given.</summary>
    public static IReadOnlyList<string> UserNames => Current.UserNames;

    /// <summary>The assemblies' full paths, as given to <see cref="Use"/> or inherited.</summary>
    public static IReadOnlyList<string> AssemblyPaths => Current.AssemblyPaths;

    /// <summary>
    /// Loads the transforms of <paramref name="assemblyPaths"/> beside the built-in ones, and passes the list on to
    /// the processes this one starts. Replaces what an earlier call installed.
    /// </summary>
    /// <exception cref="TransformAssemblyException">An assembly cannot be used, or two transforms share a name.</exception>
    public static void Use(IReadOnlyList<string> assemblyPaths)
    {
        ArgumentNullException.ThrowIfNull(assemblyPaths);
        Catalog catalog = Catalog.Load(assemblyPaths);
        lock (Gate)
        {
            _catalog = catalog;
        }

        Environment.SetEnvironmentVariable(AssembliesVariable, catalog.AssemblyPaths.Count == 0 ? null : string.Join(Path.PathSeparator, catalog.AssemblyPaths));
    }

    /// <summary>Finds the transform called <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRowTransform? transform)
    {
        transform = Current.Transforms.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return transform is not null;
    }

    /// <summary>Returns the transform called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No transform has that name; the message lists the valid names.</exception>
    public static IRowTransform Get(string name) => TryGet(name, out IRowTransform? transform) ? transform : throw new ArgumentException(DescribeUnknown(name), nameof(name));

    /// <summary>The one-line message for an unknown name, listing the valid ones.</summary>
    public static string DescribeUnknown(string? name) =>
        $"Unknown transform '{name}'; expected one of: {string.Join(", ", Names)}"
        + ".";

    private static Catalog Current
    {
        get
        {
            lock (Gate)
            {
                // A benchmark process: nothing installed here, but the parent handed its assemblies down.
                return _catalog ??= Catalog.Load(
                    Environment.GetEnvironmentVariable(AssembliesVariable) is { Length: > 0 } inherited
                        ? inherited.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                        : []);
            }
        }
    }

    private sealed record Catalog(IReadOnlyList<IRowTransform> Transforms, IReadOnlyList<string> UserNames, IReadOnlyList<string> AssemblyPaths)
    {
        public IReadOnlyList<string> Names { get; } = [.. Transforms.Select(transform => transform.Name)];

        public static Catalog Load(IReadOnlyList<string> assemblyPaths)
        {
            var assemblies = new List<(string Path, IReadOnlyList<IRowTransform> Transforms)>();
            foreach (string path in assemblyPaths)
            {
                if (!assemblies.Any(loaded => loaded.Path == Path.GetFullPath(path)))
                {
                    assemblies.Add((Path.GetFullPath(path), TransformAssemblyLoader.Load(path)));
                }
            }

            return new Catalog(Merge(assemblies), [.. assemblies.SelectMany(assembly => assembly.Transforms).Select(transform => transform.Name)], [.. assemblies.Select(assembly => assembly.Path)]);
        }
    }

    /// <summary>The built-in transforms, then each assembly's, refusing a name taken twice (in any case).</summary>
    /// <exception cref="TransformAssemblyException">Two transforms share a name; the message names both and the assembly.</exception>
    internal static IReadOnlyList<IRowTransform> Merge(IEnumerable<(string Path, IReadOnlyList<IRowTransform> Transforms)> assemblies)
    {
        var transforms = new List<IRowTransform>(TransformCatalog.Names.Select(TransformCatalog.Get));
        var origins = transforms.ToDictionary(transform => transform.Name, _ => "the built-in one", StringComparer.OrdinalIgnoreCase);
        foreach ((string path, IReadOnlyList<IRowTransform> found) in assemblies)
        {
            foreach (IRowTransform transform in found)
            {
                string origin = $"{transform.GetType().FullName} in {path}";
                if (origins.TryGetValue(transform.Name, out string? other))
                {
                    throw new TransformAssemblyException(
                        $"--transform-assembly {path}: two transforms are named '{transform.Name}': {origin} and {other}; rename one");
                }

                origins[transform.Name] = origin;
                transforms.Add(transform);
            }
        }

        return transforms;
    }
}
