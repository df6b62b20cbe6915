namespace RowBench.Tests.Harness.Cli.Features;

/// <summary>Bad command lines that once crashed (exit 70) or started work before failing: each is exit 2 in one line.</summary>
public class FeaturesBadInputTests
{
    [Theory]
    [InlineData(new[] { "features", "--input", "" }, "--input: the path is empty.")]
    [InlineData(new[] { "features", "--synthetic", "--rows", "2", "--output", "" }, "--output: the path is empty.")]
    [InlineData(new[] { "features", "--synthetic", "--rows", "50000", "--cols", "50000" }, "--rows 50000 × --cols 50000 is 2,500,000,000 values, more than one data set in memory can hold")]
    [InlineData(new[] { "features", "--synthetic", "--rows", "1", "--cols", "536870912" }, "--cols: must be from 1 to 16,777,216 values a row; got 536870912.")]
    [InlineData(new[] { "dataset", "--rows", "1", "--cols", "536870912", "--output", "x.csv" }, "--cols: must be from 1 to 16,777,216 values a row; got 536870912.")]
    [InlineData(new[] { "dataset", "--output", " " }, "--output: the path is empty.")]
    public void Command_BadValue_ExitsTwoWithOneLine(string[] arguments, string expected)
    {
        HarnessRun run = HarnessRun.Of(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.SingleErrorLine(), StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }
}
