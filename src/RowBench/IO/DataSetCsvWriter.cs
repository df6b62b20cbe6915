using System.Buffers.Text;
using RowBench.Data;

namespace RowBench.IO;

/// <summary>
/// Writes the synthetic data set as CSV, row by row, so that a file far larger than memory can be made: one line of
/// comma-separated integers per row, no header. The same seed gives the same bytes.
/// </summary>
public static class DataSetCsvWriter
{
    /// <summary>Writes <paramref name="rows"/> × <paramref name="columns"/> synthetic values to <paramref name="destination"/>.</summary>
    public static void WriteSynthetic(Stream destination, long rows, int columns, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (rows > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"At most {int.MaxValue:N0} rows.");
        }

        var values = new byte[columns];
        var randomBits = new byte[columns * 4];
        // Each value is at most "255,": four bytes, plus the line end.
        var line = new byte[(columns * 4) + 1];
        for (int row = 0; row < rows; row++)
        {
            if ((row & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            SyntheticImageGenerator.GenerateRow(seed, row, values, randomBits);
            int length = 0;
            for (int column = 0; column < columns; column++)
            {
                Utf8Formatter.TryFormat(values[column], line.AsSpan(length), out int written);
                length += written;
                line[length++] = column == columns - 1 ? (byte)'\n' : (byte)',';
            }

            destination.Write(line, 0, length);
        }
    }
}
