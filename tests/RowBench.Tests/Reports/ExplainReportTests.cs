using RowBench.Analysis.Comparison;
using RowBench.Analysis.Explain;
using RowBench.Reports;
using RowBench.Reports.Document;

namespace RowBench.Tests.Reports;

/// <summary>ab's "where the time went" section: the headline names the cause, the tables and the trace links follow.</summary>
public class ExplainReportTests
{
    [Fact]
    public void Blocks_APlantedLock_HeadlineNamesTheContentionsAndTheWait()
    {
        BenchmarkExplanation explanation = Explanation();

        string markdown = MarkdownRenderer.Render(new ReportDocument("ab", ExplainReport.Blocks([explanation])));

        Assert.Contains("## " + ExplainReport.Heading, markdown, StringComparison.Ordinal);
        Assert.Contains("StrategyBenchmarks.ParallelFor(Rows: 300) (slower, 1.40×): counters standing out: lockContentions +2.00 from 0", markdown, StringComparison.Ordinal);
        Assert.Contains("self time: System.Threading.Monitor.Enter_Slowpath +4 ms/op", markdown, StringComparison.Ordinal);
        Assert.Contains("- [new side's trace (speedscope)](traces/01-new.speedscope.json)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_AsHtml_LinksBothTraces()
    {
        string html = HtmlRenderer.Render(new ReportDocument("ab", ExplainReport.Blocks([Explanation()])));

        Assert.Contains("<a href=\"traces/01-base.speedscope.json\">base side&#39;s trace (speedscope)</a>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"bad\"><td>lockContentions</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_NothingExplained_SaysWhyInOneParagraph()
    {
        IReadOnlyList<ReportBlock> blocks = ExplainReport.Blocks([], "No benchmark is slower.");

        Assert.Equal(2, blocks.Count);
        Assert.Equal("No benchmark is slower.", Assert.IsType<ParagraphBlock>(blocks[1]).Text);
    }

    [Fact]
    public void From_AnExplanation_WritesItsDocumentWithTheTopMethods()
    {
        ExplainDocument document = ExplainDocument.From([Explanation()], skipped: null, seconds: 12.34);

        ExplainDocumentBenchmark benchmark = Assert.Single(document.Benchmarks);
        Assert.Equal("slower", benchmark.Verdict);
        Assert.Equal("System.Threading.Monitor.Enter_Slowpath", benchmark.Exclusive[0].Method);
        Assert.Equal(12.3, document.Seconds);
        Assert.Contains("\"schemaVersion\": 1", document.ToJson(), StringComparison.Ordinal);
    }

    private static BenchmarkExplanation Explanation()
    {
        static MethodProfile Profile(int waits) => new(100, 2000, 2, 1000 + waits, new Dictionary<string, MethodSamples>
        {
            ["RowBench.Strategies.ParallelForStrategy.Run"] = new(1000 + waits, 0, true),
            ["RowBench.Transforms.FaithfulTransform.Apply"] = new(1000, 1000, true),
            ["System.Threading.Monitor.Enter_Slowpath"] = new(waits, waits, false),
        });
        CounterDelta contentions = CounterComparison.Compare("lockContentions", [0, 0, 0, 0, 0, 0, 0, 0], [2, 2, 2, 2, 2, 2, 2, 2]);
        CounterDelta bytes = CounterComparison.Compare("allocatedBytes", [.. Enumerable.Repeat(1e6, 8)], [.. Enumerable.Repeat(1e6, 8)]);
        return new BenchmarkExplanation(
            "RowBench.Harness.Benchmarks.StrategyBenchmarks.ParallelFor(Rows: 300)", Verdict.Slower, 1.4, [contentions, bytes], Profile(0), Profile(200), 0.1, 0.2,
            "traces/01-base.speedscope.json", "traces/01-new.speedscope.json", 10);
    }
}
