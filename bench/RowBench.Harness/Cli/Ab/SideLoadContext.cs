using System.Reflection;
using System.Runtime.Loader;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// One side's harness and everything it depends on (its RowBench, BenchmarkDotNet, packages), loaded from that side's
/// build output through its <c>.deps.json</c>; only the framework is shared with the other side and the host.
/// </summary>
internal sealed class SideLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;

    public SideLoadContext(string name, string harness)
        : base($"rowbench-{name}", isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(harness);
        Harness = LoadFromAssemblyPath(Path.GetFullPath(harness));
    }

    /// <summary>The side's harness assembly.</summary>
    public Assembly Harness { get; }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
