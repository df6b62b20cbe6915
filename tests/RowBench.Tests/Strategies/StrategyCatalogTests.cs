using RowBench.Strategies;

namespace RowBench.Tests.Strategies;

public class StrategyCatalogTests
{
    [Theory]
    [InlineData("sequential")]
    [InlineData("parallel-for")]
    [InlineData("PLINQ")]
    [InlineData("dataflow")]
    public void Get_KnownName_ReturnsThatStrategy(string name)
    {
        Assert.Equal(name.ToLowerInvariant(), StrategyCatalog.Get(name).Name);
    }

    [Fact]
    public void Get_UnknownStrategy_ListsTheValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyCatalog.Get("dask"));
        Assert.StartsWith("Unknown strategy 'dask'; expected one of: sequential, parallel-for, plinq, dataflow.", error.Message, StringComparison.Ordinal);
    }
}
