using RowBench.Reports.Charts;
using RowBench.Reports.Document;

namespace RowBench.Tests.Reports;

public class ReportRendererTests
{
    private static readonly ChartFile Chart = new("a.svg", "A chart", "<?xml version=\"1.0\"?><svg><rect/></svg>");

    private static readonly ReportDocument Document = new("Title",
    [
        new ListBlock(["first", "second"]),
        new HeadingBlock(2, "Section"),
        new ParagraphBlock("Explained.", IsNote: true),
        new ChartBlock([Chart]),
        new TableBlock(["Name", ">Time"], [new TableRow(["x", "1 ms"], RowMark.Best), new TableRow(["y", "2 ms"], RowMark.Bad)]),
        new TableBlock(["Other"], [new TableRow(["z"])]),
    ]);

    [Fact]
    public void Markdown_EveryBlock_RendersInOrderWithTablesSetApart()
    {
        string expected = string.Join(Environment.NewLine,
        [
            "# Title", "", "- first", "- second", "", "## Section", "", "Explained.", "", "", "![A chart](charts/a.svg)", "",
            "| Name | Time |", "|---|---:|", "| **x** ★ | 1 ms |", "| y | 2 ms |", "", "| Other |", "|---|", "| z |", "",
        ]);

        Assert.Equal(expected, MarkdownRenderer.Render(Document));
    }

    [Fact]
    public void Html_MarksAndCharts_BecomeClassesAndInlineSvg()
    {
        string html = HtmlRenderer.Render(Document);

        Assert.Contains("<h1>Title</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">Explained.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"best\"><td>x</td><td class=\"num\">1 ms</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"bad\"><td>y</td>", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"chart\" aria-label=\"A chart\"><svg><rect/></svg></figure>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutCharts_DropsOnlyTheCharts()
    {
        ReportDocument terminal = Document.WithoutCharts();

        Assert.Empty(terminal.Charts);
        Assert.Equal(Document.Blocks.Count - 1, terminal.Blocks.Count);
        Assert.DoesNotContain("![", MarkdownRenderer.Render(terminal), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Document_WritesMarkdownHtmlAndCharts()
    {
        string folder = Directory.CreateTempSubdirectory("rowbench-report-").FullName;
        try
        {
            ReportFiles.Write(Document, folder, "page");

            Assert.Equal(MarkdownRenderer.Render(Document), File.ReadAllText(Path.Combine(folder, "page.md")));
            Assert.Equal(HtmlRenderer.Render(Document), File.ReadAllText(Path.Combine(folder, "page.html")));
            Assert.Equal(Chart.Svg, File.ReadAllText(Path.Combine(folder, "charts", "a.svg")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
