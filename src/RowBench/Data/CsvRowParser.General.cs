using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace RowBench.Data;

// The general path: line by line through .NET's number parsing; every error is worded here, with file, line and column.
internal static partial class CsvRowParser
{
    /// <summary>The general path: line by line, every cell through .NET's number parsing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ParseLines<T>(CsvBlock block, int columns, string path, Span<T> destination)
        where T : unmanaged
    {
        ReadOnlySpan<byte> rest = block.Bytes;
        long line = block.FirstLine;
        int rows = 0;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> text = rest[..end];
            rest = rest[(end + 1)..];
            if (!IsBlank(text))
            {
                // A row beyond the room MaxRows gives is shorter than any row can be: parse it aside, where it fails
                // with its line and column like any bad row.
                ParseLine(text, line, columns, path, (rows + 1) * columns <= destination.Length ? destination.Slice(rows * columns, columns) : new T[columns]);
                rows++;
            }

            line++;
        }

        return rows;
    }

    private static void ParseLine<T>(ReadOnlySpan<byte> line, long lineNumber, int columns, string path, Span<T> destination)
        where T : unmanaged
    {
        int found = CountCells(line, path, lineNumber);
        if (found != columns)
        {
            throw new DataFormatException(path, lineNumber, Math.Min(found, columns) + 1, $"expected {columns} cells, as in the first row, found {found}");
        }

        var cells = new CellEnumerator(TrimLineEnd(line), path, lineNumber);
        for (int column = 0; cells.MoveNext(); column++)
        {
            ReadOnlySpan<byte> cell = cells.Current;
            // One body per value type is compiled; in each, two of these tests are constants and vanish.
            bool parsed;
            if (typeof(T) == typeof(int))
            {
                parsed = int.TryParse(cell, IntegerStyle, CultureInfo.InvariantCulture, out Unsafe.As<T, int>(ref destination[column]));
            }
            else if (typeof(T) == typeof(double))
            {
                parsed = double.TryParse(cell, DecimalStyle, CultureInfo.InvariantCulture, out Unsafe.As<T, double>(ref destination[column]));
            }
            else
            {
                parsed = byte.TryParse(cell, IntegerStyle, CultureInfo.InvariantCulture, out Unsafe.As<T, byte>(ref destination[column]));
            }

            if (!parsed)
            {
                throw new DataFormatException(path, lineNumber, column + 1, DescribeBadCell(cell, typeof(T)));
            }
        }
    }

    private static ReadOnlySpan<byte> TrimLineEnd(ReadOnlySpan<byte> line) =>
        !line.IsEmpty && line[^1] == (byte)'\r' ? line[..^1] : line;

    private static string DescribeBadCell(ReadOnlySpan<byte> cell, Type valueType)
    {
        string expected = valueType == typeof(double) ? "a number" : "an integer";
        ReadOnlySpan<byte> trimmed = cell.Trim(" \t"u8);
        if (trimmed.IsEmpty)
        {
            return $"expected {expected}, found an empty cell";
        }

        string shown = Encoding.UTF8.GetString(trimmed.Length > 40 ? trimmed[..40] : trimmed);
        if (trimmed.Length > 40)
        {
            shown += "…";
        }

        ReadOnlySpan<byte> digits = trimmed[0] is (byte)'-' or (byte)'+' ? trimmed[1..] : trimmed;
        bool isWholeNumber = !digits.IsEmpty && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
        if (valueType == typeof(byte))
        {
            return isWholeNumber ? $"expected an integer from 0 to 255, found '{shown}' (out of range)" : $"expected {expected}, found '{shown}'";
        }

        return isWholeNumber && valueType == typeof(int)
            ? $"expected an integer from {int.MinValue} to {int.MaxValue}, found '{shown}' (out of range)"
            : $"expected {expected}, found '{shown}'";
    }

    /// <summary>
    /// The cells of one line: split at commas, except inside a quoted cell ("…", with "" for a quote), whose content
    /// is the cell. A quote left open at the end of the line is an error on that line: a line break inside quotes is
    /// not read, so an unclosed quote cannot swallow the rest of the file.
    /// </summary>
    private ref struct CellEnumerator(ReadOnlySpan<byte> line, string path, long lineNumber)
    {
        private ReadOnlySpan<byte> _rest = line;
        private bool _done;
        private int _column;

        public ReadOnlySpan<byte> Current { get; private set; }

        public bool MoveNext()
        {
            if (_done)
            {
                return false;
            }

            _column++;
            if (!_rest.IsEmpty && _rest[0] == (byte)'"')
            {
                int close = ClosingQuote(_rest);
                if (close < 0)
                {
                    throw new DataFormatException(path, lineNumber, _column, "a quoted cell has no closing quote on its line");
                }

                Current = _rest[1..close];
                ReadOnlySpan<byte> after = _rest[(close + 1)..];
                if (after.IsEmpty)
                {
                    _done = true;
                }
                else if (after[0] == (byte)',')
                {
                    _rest = after[1..];
                }
                else
                {
                    throw new DataFormatException(path, lineNumber, _column, "text follows the closing quote of a quoted cell");
                }

                return true;
            }

            int comma = _rest.IndexOf((byte)',');
            if (comma < 0)
            {
                Current = _rest;
                _done = true;
            }
            else
            {
                Current = _rest[..comma];
                _rest = _rest[(comma + 1)..];
            }

            return true;
        }

        /// <summary>The index of the quote that closes the cell opened at 0, skipping doubled quotes; -1 if none.</summary>
        private static int ClosingQuote(ReadOnlySpan<byte> text)
        {
            int index = 1;
            while (true)
            {
                int quote = text[index..].IndexOf((byte)'"');
                if (quote < 0)
                {
                    return -1;
                }

                index += quote;
                if (index + 1 < text.Length && text[index + 1] == (byte)'"')
                {
                    index += 2;
                    continue;
                }

                return index;
            }
        }
    }
}
