namespace RowBench.Tests.Harness.Transforms;

/// <summary>
/// The sample under samples/SpectralFeatures, built beside these tests (the test project references it without
/// using it), as a user's --transform-assembly: found by this test assembly's configuration and framework folders.
/// </summary>
internal static class SampleAssembly
{
    public static string Path
    {
        get
        {
            // …/tests/RowBench.Tests/bin/<configuration>/<framework>/
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            string framework = output.Name, configuration = output.Parent!.Name;
            DirectoryInfo repository = output.Parent.Parent!.Parent!.Parent!.Parent!;
            string path = System.IO.Path.Combine(repository.FullName, "samples", "SpectralFeatures", "bin", configuration, framework, "SpectralFeatures.dll");
            Assert.True(File.Exists(path), $"the sample was not built at {path}");
            return path;
        }
    }
}
