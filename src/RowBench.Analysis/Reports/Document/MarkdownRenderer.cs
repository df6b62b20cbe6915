using System.Text;

namespace RowBench.Reports.Document;

/// <summary>Renders a <see cref="ReportDocument"/> as GitHub markdown; charts are linked from <c>charts/</c>.</summary>
public static class MarkdownRenderer
{
    /// <summary>The document as markdown.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder().AppendLine($"# {document.Title}").AppendLine();
        foreach (ReportBlock block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.AppendLine().AppendLine($"{new string('#', heading.Level)} {heading.Text}").AppendLine();
                    break;
                case ParagraphBlock paragraph:
                    text.AppendLine(paragraph.Text).AppendLine();
                    break;
                case ListBlock list:
                    foreach (string item in list.Items)
                    {
                        text.AppendLine($"- {item}");
                    }

                    break;
                case LinksBlock links:
                    foreach (ReportLink link in links.Links)
                    {
                        text.AppendLine($"- [{link.Text}]({link.Href.Replace(" ", "%20", StringComparison.Ordinal)})");
                    }

                    break;
                case TableBlock table:
                    // A table must not follow a paragraph or image line directly, or it is read as part of it.
                    if (text.Length > 0 && !EndsWithBlankLine(text))
                    {
                        text.AppendLine();
                    }

                    var markdown = new MarkdownTable([.. table.Headers]);
                    foreach (TableRow row in table.Rows)
                    {
                        markdown.AddRow([.. row.Cells.Select((cell, column) => row.Mark == RowMark.Best && column == 0 ? $"**{cell}** ★" : cell)]);
                    }

                    text.Append(markdown);
                    break;
                case ChartBlock charts:
                    foreach (Charts.ChartFile chart in charts.Charts)
                    {
                        text.AppendLine().AppendLine($"![{chart.Title}]({chart.RelativePath})");
                    }

                    break;
                default:
                    throw new NotSupportedException($"No markdown for {block.GetType().Name}.");
            }
        }

        return text.ToString();
    }

    private static bool EndsWithBlankLine(StringBuilder text)
    {
        string newLine = Environment.NewLine;
        int length = newLine.Length * 2;
        return text.Length >= length && text.ToString(text.Length - length, length) == newLine + newLine;
    }
}
