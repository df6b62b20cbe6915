using RowBench.Harness.Transforms;
using RowBench.Tests.TestDoubles;
using RowBench.Transforms;

namespace RowBench.Tests.Harness.Transforms;

public class TransformAssemblyLoaderTests
{
    [Fact]
    public void Load_MissingFile_SaysNoSuchFile()
    {
        var error = Assert.Throws<TransformAssemblyException>(() => TransformAssemblyLoader.Load("no/such/My.Transforms.dll"));

        Assert.Equal("--transform-assembly no/such/My.Transforms.dll: no such file", error.Message);
    }

    [Fact]
    public void Load_TextFileNamedDll_SaysNotADotNetAssembly()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("My.Transforms.dll", "row,feature\n0,1\n");

        var error = Assert.Throws<TransformAssemblyException>(() => TransformAssemblyLoader.Load(path));

        Assert.Equal($"--transform-assembly {path}: not a .NET assembly", error.Message);
    }

    [Fact]
    public void Load_AssemblyWithoutTransform_SaysNoClassImplementsTheContract()
    {
        string path = typeof(CsvHelper.CsvReader).Assembly.Location;

        var error = Assert.Throws<TransformAssemblyException>(() => TransformAssemblyLoader.Load(path));

        Assert.Equal($"--transform-assembly {path}: no transform in it: no public class implements IRowTransform<TValue, TResult> (RowBench.Transforms)", error.Message);
    }

    [Fact]
    public void Load_TheSample_FindsItsSpectralCentroidOfDoubleRows()
    {
        IReadOnlyList<IRowTransform> transforms = TransformAssemblyLoader.Load(SampleAssembly.Path);

        IRowTransform transform = Assert.Single(transforms);
        Assert.Equal("spectral-centroid", transform.Name);
        Assert.Equal([RowBench.Data.RowValueType.Double], RowTransformContract.RowTypesOf(transform));
    }

    [Fact]
    public void Discover_ConstructorThrows_NamesTheAssemblyTheTypeAndTheException()
    {
        var error = Assert.Throws<TransformAssemblyException>(() => TransformAssemblyLoader.Discover("My.dll", [typeof(RowMeanTransform), typeof(ThrowingConstructorTransform)]));

        Assert.Equal(
            $"--transform-assembly My.dll: the constructor of {typeof(ThrowingConstructorTransform).FullName} threw InvalidOperationException: model.bin not found",
            error.Message);
    }

    [Fact]
    public void Discover_NoParameterlessConstructor_NamesTheType()
    {
        var error = Assert.Throws<TransformAssemblyException>(() => TransformAssemblyLoader.Discover("My.dll", [typeof(NeedsArgumentTransform)]));

        Assert.Equal($"--transform-assembly My.dll: {typeof(NeedsArgumentTransform).FullName} has no public parameterless constructor", error.Message);
    }

    [Fact]
    public void Discover_RowsOfFloat_NamesTheUnsupportedContract()
    {
        var error = Assert.Throws<TransformAssemblyException>(() => TransformAssemblyLoader.Discover("My.dll", [typeof(FloatRowTransform)]));

        Assert.Contains("implements IRowTransform<Single, Int32>; rows may be byte, int or double, results int or double", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_NameWithASpace_IsRefused()
    {
        var error = Assert.Throws<TransformAssemblyException>(() => TransformAssemblyLoader.Discover("My.dll", [typeof(SpacedNameTransform)]));

        Assert.StartsWith($"--transform-assembly My.dll: {typeof(SpacedNameTransform).FullName} is named 'row sum';", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_OtherTypesBeside_TakesOnlyTheTransformsInTypeNameOrder()
    {
        IReadOnlyList<IRowTransform> transforms = TransformAssemblyLoader.Discover("My.dll", [typeof(RowMeanTransform), typeof(string), typeof(ByteMaxTransform)]);

        Assert.Equal(["byte-max", "row-mean"], transforms.Select(transform => transform.Name));
    }

    [Fact]
    public void Merge_TheNameOfABuiltInInAnotherCase_IsRefusedNamingBoth()
    {
        var error = Assert.Throws<TransformAssemblyException>(() => HarnessTransforms.Merge([("/x/My.dll", [new ImpostorFastTransform()])]));

        Assert.Equal(
            $"--transform-assembly /x/My.dll: two transforms are named 'FAST': {typeof(ImpostorFastTransform).FullName} in /x/My.dll and the built-in one; rename one",
            error.Message);
    }

    [Fact]
    public void Merge_OneNameInTwoAssemblies_IsRefusedNamingBoth()
    {
        var error = Assert.Throws<TransformAssemblyException>(() => HarnessTransforms.Merge([("/a.dll", [new RowMeanTransform()]), ("/b.dll", [new RowMeanTransform()])]));

        Assert.Equal($"--transform-assembly /b.dll: two transforms are named 'row-mean': {typeof(RowMeanTransform).FullName} in /b.dll and {typeof(RowMeanTransform).FullName} in /a.dll; rename one", error.Message);
    }

    [Fact]
    public void Merge_DistinctNames_FollowTheBuiltInOnes()
    {
        IReadOnlyList<IRowTransform> transforms = HarnessTransforms.Merge([("/a.dll", [new RowMeanTransform()]), ("/b.dll", [new ByteMaxTransform()])]);

        Assert.Equal(["faithful", "fast", "row-mean", "byte-max"], transforms.Select(transform => transform.Name));
    }
}
