using System.CommandLine;
using RowBench.Harness.Cli;

namespace RowBench.Tests.Harness.Cli;

public class CompletionTests
{
    [Theory]
    [InlineData("features --strategy ", "parallel-for")]
    [InlineData("features --transform ", "faithful")]
    [InlineData("run --transforms ", "fast")]
    [InlineData("tune --strategy ", "dataflow")]
    public void GetCompletions_NameOption_OffersTheCatalogsNames(string line, string expected)
    {
        var console = new HarnessConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null);
        RootCommand root = HarnessCommandLine.Create(console);

        ParseResult result = root.Parse(line);

        Assert.Contains(expected, result.GetCompletions().Select(item => item.Label));
    }

    [Fact]
    public void GetCompletions_TuneStrategy_LeavesOutSequential()
    {
        var console = new HarnessConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null);

        ParseResult result = HarnessCommandLine.Create(console).Parse("tune --strategy ");

        Assert.DoesNotContain("sequential", result.GetCompletions().Select(item => item.Label));
    }
}
