namespace RowBench.Reports.Document;

/// <summary>Renders a <see cref="ReportDocument"/> as one self-contained HTML page (<see cref="HtmlReport"/>), charts inline.</summary>
public static class HtmlRenderer
{
    /// <summary>The document as an HTML page.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new HtmlReport(document.Title);
        foreach (ReportBlock block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    page.Heading(heading.Level, heading.Text);
                    break;
                case ParagraphBlock paragraph:
                    page.Paragraph(paragraph.Text, paragraph.IsNote);
                    break;
                case ListBlock list:
                    page.List(list.Items);
                    break;
                case LinksBlock links:
                    page.Links(links.Links.Select(link => (link.Text, link.Href)));
                    break;
                case TableBlock table:
                    page.Table(table.Headers, table.Rows.Select(row => row.Cells), index => CssClass(table.Rows[index].Mark));
                    break;
                case ChartBlock charts:
                    page.BeginCharts();
                    foreach (Charts.ChartFile chart in charts.Charts)
                    {
                        page.Chart(chart.InlineSvg, chart.Title);
                    }

                    page.EndCharts();
                    break;
                default:
                    throw new NotSupportedException($"No HTML for {block.GetType().Name}.");
            }
        }

        return page.ToString();
    }

    private static string? CssClass(RowMark mark) => mark switch
    {
        RowMark.Best or RowMark.Good => "best",
        RowMark.Bad => "bad",
        _ => null,
    };
}
