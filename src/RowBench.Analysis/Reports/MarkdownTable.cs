using System.Text;

namespace RowBench.Reports;

/// <summary>A GitHub-flavoured markdown table: a header row, then rows of cells; numeric columns align right.</summary>
public sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly bool[] _alignRight;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table; a header starting with '>' aligns its column right (the '>' is not shown).</summary>
    public MarkdownTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _alignRight = [.. headers.Select(header => header.StartsWith('>'))];
        _headers = [.. headers.Select(header => header.TrimStart('>'))];
    }

    /// <summary>The number of rows added.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a row; it must have one cell per header.</summary>
    public MarkdownTable AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", _headers.Select(Escape)).AppendLine(" |");
        text.Append('|').AppendJoin('|', _alignRight.Select(right => right ? "---:" : "---")).AppendLine("|");
        foreach (string[] row in _rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Escape)).AppendLine(" |");
        }

        return text.ToString();
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
