using System.Net;
using System.Text;

namespace RowBench.Reports;

/// <summary>
/// A self-contained HTML page: inline styles, inline SVG charts, no script and nothing fetched, so that it opens
/// offline and in CI artifacts exactly as written.
/// </summary>
public sealed class HtmlReport
{
    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; } h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.best td { background: #dafbe1; font-weight: 600; } tr.bad td { background: #ffebe9; }
        .note { color: #59636e; font-size: 0.9rem; } .chart { margin: 0.5rem 0 1.5rem; } .chart svg { max-width: 100%; height: auto; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; } code { background: #f6f8fa; padding: 0 0.2rem; }
        """;

    private readonly StringBuilder _body = new();

    /// <summary>Starts a page with <paramref name="title"/> as its title and first heading.</summary>
    public HtmlReport(string title)
    {
        Title = title;
        Heading(1, title);
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>Adds a heading of <paramref name="level"/> 1 to 3.</summary>
    public HtmlReport Heading(int level, string text)
    {
        _body.Append("<h").Append(level).Append('>').Append(Encode(text)).Append("</h").Append(level).AppendLine(">");
        return this;
    }

    /// <summary>Adds a paragraph of text; <paramref name="isNote"/> shows it muted.</summary>
    public HtmlReport Paragraph(string text, bool isNote = false)
    {
        _body.Append(isNote ? "<p class=\"note\">" : "<p>").Append(Encode(text)).AppendLine("</p>");
        return this;
    }

    /// <summary>Adds a bulleted list.</summary>
    public HtmlReport List(IEnumerable<string> items)
    {
        _body.AppendLine("<ul>");
        foreach (string item in items)
        {
            _body.Append("<li>").Append(Encode(item)).AppendLine("</li>");
        }

        _body.AppendLine("</ul>");
        return this;
    }

    /// <summary>Adds a bulleted list of links to files beside the page (relative paths).</summary>
    public HtmlReport Links(IEnumerable<(string Text, string Href)> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        _body.AppendLine("<ul>");
        foreach ((string text, string href) in links)
        {
            _body.Append("<li><a href=\"").Append(Encode(Uri.EscapeDataString(href).Replace("%2F", "/", StringComparison.Ordinal))).Append("\">").Append(Encode(text)).AppendLine("</a></li>");
        }

        _body.AppendLine("</ul>");
        return this;
    }

    /// <summary>
    /// Adds a table. A header starting with '>' marks a numeric column (right-aligned). <paramref name="rowClass"/>
    /// gives a row a class, such as <c>best</c>.
    /// </summary>
    public HtmlReport Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, Func<int, string?>? rowClass = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        bool[] numeric = [.. headers.Select(header => header.StartsWith('>'))];
        _body.Append("<table><thead><tr>");
        foreach (string header in headers)
        {
            _body.Append("<th>").Append(Encode(header.TrimStart('>'))).Append("</th>");
        }

        _body.AppendLine("</tr></thead><tbody>");
        int index = 0;
        foreach (IReadOnlyList<string> row in rows)
        {
            string? cssClass = rowClass?.Invoke(index++);
            _body.Append(cssClass is null ? "<tr>" : $"<tr class=\"{cssClass}\">");
            for (int column = 0; column < row.Count; column++)
            {
                _body.Append(column < numeric.Length && numeric[column] ? "<td class=\"num\">" : "<td>").Append(Encode(row[column])).Append("</td>");
            }

            _body.AppendLine("</tr>");
        }

        _body.AppendLine("</tbody></table>");
        return this;
    }

    /// <summary>Adds an inline SVG chart with a caption for screen readers.</summary>
    public HtmlReport Chart(string svg, string caption)
    {
        _body.Append("<figure class=\"chart\" aria-label=\"").Append(Encode(caption)).Append("\">").Append(svg).AppendLine("</figure>");
        return this;
    }

    /// <summary>Opens a row of charts; close it with <see cref="EndCharts"/>.</summary>
    public HtmlReport BeginCharts()
    {
        _body.AppendLine("<div class=\"charts\">");
        return this;
    }

    /// <summary>Closes a row of charts.</summary>
    public HtmlReport EndCharts()
    {
        _body.AppendLine("</div>");
        return this;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(Title)}</title>
        <style>
        {Style}
        </style>
        </head>
        <body>
        {_body}</body>
        </html>

        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
