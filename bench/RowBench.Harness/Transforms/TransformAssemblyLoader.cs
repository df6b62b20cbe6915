using System.Reflection;
using System.Runtime.Loader;
using RowBench.Transforms;

namespace RowBench.Harness.Transforms;

/// <summary>
/// Loads a user's transforms from a .NET assembly: every public, concrete class that implements
/// <see cref="IRowTransform{TValue, TResult}"/> with a supported row and result type, made with its public parameterless
/// constructor.
/// </summary>
/// <remarks>
/// The assembly is loaded into the default load context, so that it shares this harness's RowBench (its
/// <see cref="IRowTransform"/> is ours) and whatever other library both carry. The assembly's own dependencies that
/// the harness does not carry are found through its <c>.deps.json</c>, as <c>dotnet</c> would find them, by an
/// <see cref="AssemblyDependencyResolver"/>: a plain class library's build output folder is enough.
/// </remarks>
internal static class TransformAssemblyLoader
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Assembly> LoadedByPath = new(StringComparer.Ordinal);
    private static readonly List<AssemblyDependencyResolver> Resolvers = [];
    private static bool _resolving;

    /// <summary>The transforms of the assembly at <paramref name="path"/>, in the order of their full type names.</summary>
    /// <exception cref="TransformAssemblyException">The assembly cannot be used; the message says why in one line.</exception>
    public static IReadOnlyList<IRowTransform> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new TransformAssemblyException($"--transform-assembly {path}: no such file");
        }

        Assembly assembly = LoadAssembly(path, fullPath);
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new TransformAssemblyException(
                $"--transform-assembly {path}: its types cannot be loaded ({FirstLine(ex is ReflectionTypeLoadException load ? load.LoaderExceptions.FirstOrDefault(e => e is not null) ?? ex : ex)}); is a dependency missing beside it?",
                ex);
        }

        return Discover(path, types);
    }

    /// <summary>Makes the transforms among <paramref name="types"/>, which come from the assembly at <paramref name="path"/>.</summary>
    /// <exception cref="TransformAssemblyException">No transform, an unsupported contract, a bad name, or a constructor that throws.</exception>
    public static IReadOnlyList<IRowTransform> Discover(string path, IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var transforms = new List<IRowTransform>();
        foreach (Type type in types.Where(IsTransformClass).OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            if (RowTransformContract.UnsupportedContractsOf(type) is { Count: > 0 } unsupported)
            {
                throw new TransformAssemblyException(
                    $"--transform-assembly {path}: {type.FullName} implements {string.Join(", ", unsupported)}; rows may be byte, int or double, results int or double");
            }

            if (type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true } constructor)
            {
                throw new TransformAssemblyException($"--transform-assembly {path}: {type.FullName} has no public parameterless constructor");
            }

            IRowTransform transform;
            try
            {
                transform = (IRowTransform)constructor.Invoke(null);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is { } thrown)
            {
                throw new TransformAssemblyException(
                    $"--transform-assembly {path}: the constructor of {type.FullName} threw {thrown.GetType().Name}: {FirstLine(thrown)}", thrown);
            }

            string? name;
            try
            {
                name = transform.Name;
            }
            catch (Exception ex)
            {
                throw new TransformAssemblyException($"--transform-assembly {path}: the Name of {type.FullName} threw {ex.GetType().Name}: {FirstLine(ex)}", ex);
            }

            if (string.IsNullOrWhiteSpace(name) || name.Any(character => !(char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '.')))
            {
                throw new TransformAssemblyException(
                    $"--transform-assembly {path}: {type.FullName} is named '{name}'; a transform's name is letters, digits, '-', '_' and '.', as it appears on the command line and in benchmark names");
            }

            transforms.Add(transform);
        }

        if (transforms.Count == 0)
        {
            throw new TransformAssemblyException(
                $"--transform-assembly {path}: no transform in it: no public class implements IRowTransform<TValue, TResult> (RowBench.Transforms)");
        }

        return transforms;
    }

    private static bool IsTransformClass(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IRowTransform).IsAssignableFrom(type);

    private static Assembly LoadAssembly(string path, string fullPath)
    {
        lock (Gate)
        {
            if (LoadedByPath.TryGetValue(fullPath, out Assembly? loaded))
            {
                return loaded;
            }

            try
            {
                AssemblyName.GetAssemblyName(fullPath);
            }
            catch (BadImageFormatException)
            {
                throw new TransformAssemblyException($"--transform-assembly {path}: not a .NET assembly");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new TransformAssemblyException($"--transform-assembly {path}: cannot be read: {FirstLine(ex)}", ex);
            }

            Resolvers.Add(new AssemblyDependencyResolver(fullPath));
            if (!_resolving)
            {
                AssemblyLoadContext.Default.Resolving += ResolveDependency;
                _resolving = true;
            }

            Assembly assembly;
            try
            {
                assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException)
            {
                throw new TransformAssemblyException($"--transform-assembly {path}: cannot be loaded: {FirstLine(ex)}", ex);
            }

            LoadedByPath[fullPath] = assembly;
            return assembly;
        }
    }

    /// <summary>A dependency the default context did not find among the harness's: looked up beside each user assembly.</summary>
    private static Assembly? ResolveDependency(AssemblyLoadContext context, AssemblyName name)
    {
        AssemblyDependencyResolver[] resolvers;
        lock (Gate)
        {
            resolvers = [.. Resolvers];
        }

        foreach (AssemblyDependencyResolver resolver in resolvers)
        {
            if (resolver.ResolveAssemblyToPath(name) is { } dependency)
            {
                return context.LoadFromAssemblyPath(dependency);
            }
        }

        return null;
    }

    private static string FirstLine(Exception exception) => exception.Message.ReplaceLineEndings(" ").Trim();
}
