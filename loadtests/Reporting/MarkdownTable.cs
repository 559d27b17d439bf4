using System.Text;

namespace Hub.LoadTests.Reporting;

/// <summary>A GitHub-flavoured Markdown table; columns whose header starts with '&gt;' are right-aligned.</summary>
internal sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    /// <summary>Starts a table with these column headers.</summary>
    public MarkdownTable(params string[] headers) => _headers = headers;

    /// <summary>Adds one row; it must have one cell per column.</summary>
    public MarkdownTable Row(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Appends the table, followed by a blank line.</summary>
    public void AppendTo(StringBuilder text)
    {
        text.Append('|');
        foreach (var header in _headers)
        {
            text.Append(' ').Append(Escape(header.TrimStart('>'))).Append(" |");
        }

        text.Append('\n').Append('|');
        foreach (var header in _headers)
        {
            text.Append(header.StartsWith('>') ? " ---: |" : " --- |");
        }

        text.Append('\n');
        foreach (var row in _rows)
        {
            text.Append('|');
            foreach (var cell in row)
            {
                text.Append(' ').Append(Escape(cell)).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }

    private static string Escape(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
