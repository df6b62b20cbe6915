using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RowBench.Transforms;

namespace RowBench.Tests.Harness.Cli.Features;

/// <summary>
/// A user's transform assembly whose transform never returns, compiled for the test (it cannot live in this test
/// assembly: the harness would find it among the test doubles).
/// </summary>
internal static class HangingTransformAssembly
{
    public const string TransformName = "hang";

    private static readonly string[] RuntimeAssemblies = ["System.Runtime.dll", "System.Private.CoreLib.dll", "netstandard.dll"];

    private const string Source = """
        using System;
        using System.IO;
        using System.Threading;
        using RowBench.Transforms;

        public sealed class HangingTransform : IRowTransform<int, int>
        {
            public string Name => "hang";

            public int Apply(ReadOnlySpan<int> row)
            {
                // Says it is running (the test signals only then), and never returns.
                File.WriteAllText(typeof(HangingTransform).Assembly.Location + ".started", "");
                Thread.Sleep(Timeout.Infinite);
                return 0;
            }
        }
        """;

    /// <summary>The file the transform writes beside its assembly once it is running.</summary>
    public static string StartedMarker(string assembly) => assembly + ".started";

    /// <summary>Compiles the assembly into <paramref name="folder"/> and returns its path.</summary>
    public static string Build(string folder)
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        MetadataReference[] references =
        [
            .. RuntimeAssemblies.Select(name => MetadataReference.CreateFromFile(Path.Combine(runtime, name))),
            MetadataReference.CreateFromFile(typeof(IRowTransform).Assembly.Location),
        ];
        CSharpCompilation compilation = CSharpCompilation.Create(
            "HangingTransform", [CSharpSyntaxTree.ParseText(Source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        string path = Path.Combine(folder, "HangingTransform.dll");
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(path);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return path;
    }
}
