using RowBench.Analysis.Comparison;

namespace RowBench.Tests.Analysis.Comparison;

public class ChangeThresholdTests
{
    [Theory]
    [InlineData("5%", 0.05, true)]
    [InlineData("0.5 %", 0.005, true)]
    [InlineData("1us", 1_000, false)]
    [InlineData("1µs", 1_000, false)]
    [InlineData("250ns", 250, false)]
    [InlineData("2ms", 2_000_000, false)]
    [InlineData("1s", 1e9, false)]
    public void Parse_ValidText_GivesValueAndKind(string text, double value, bool isRelative)
    {
        ChangeThreshold threshold = ChangeThreshold.Parse(text);
        Assert.Equal(value, threshold.Value, precision: 9);
        Assert.Equal(isRelative, threshold.IsRelative);
    }

    [Theory]
    [InlineData("")]
    [InlineData("five")]
    [InlineData("-5%")]
    [InlineData("5 parsecs")]
    public void TryParse_InvalidText_Fails(string text)
    {
        Assert.False(ChangeThreshold.TryParse(text, out _));
    }

    [Fact]
    public void NanosecondsFor_Relative_ScalesWithTheBase()
    {
        Assert.Equal(50, ChangeThreshold.Parse("5%").NanosecondsFor(1_000), precision: 9);
        Assert.Equal(1_000, ChangeThreshold.Parse("1us").NanosecondsFor(5), precision: 9);
    }
}
