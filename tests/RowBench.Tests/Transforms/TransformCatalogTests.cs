using RowBench.Transforms;

namespace RowBench.Tests.Transforms;

public class TransformCatalogTests
{
    [Theory]
    [InlineData("faithful")]
    [InlineData("FAST")]
    public void Get_KnownName_ReturnsThatTransform(string name)
    {
        Assert.Equal(name.ToLowerInvariant(), TransformCatalog.Get(name).Name);
    }

    [Fact]
    public void Get_UnknownTransform_ListsTheValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => TransformCatalog.Get("slow"));
        Assert.StartsWith("Unknown transform 'slow'; expected one of: faithful, fast.", error.Message, StringComparison.Ordinal);
    }
}
