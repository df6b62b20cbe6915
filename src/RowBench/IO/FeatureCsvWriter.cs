using System.Globalization;
using CsvHelper;

namespace RowBench.IO;

/// <summary>
/// Writes features as CSV: the header <c>row,feature</c>, then the 0-based row index and the value, one line per row.
/// Values are written in the shortest form that reads back as the same double ("R"): an integer feature as an integer.
/// </summary>
public sealed class FeatureCsvWriter : IDisposable, IAsyncDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };
    private readonly CsvWriter _writer;

    /// <summary>Starts the CSV on <paramref name="destination"/>, which stays open when this writer is disposed.</summary>
    public FeatureCsvWriter(Stream destination)
    {
        _writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        _writer.WriteHeader(["row", "feature"]);
    }

    /// <summary>Writes <paramref name="features"/> as rows <paramref name="firstRow"/>, <paramref name="firstRow"/> + 1, ….</summary>
    public void Write(long firstRow, ReadOnlySpan<double> features)
    {
        for (int index = 0; index < features.Length; index++)
        {
            _writer.WriteField(firstRow + index, default);
            double value = features[index];
            int whole = (int)value;
            if (whole == value && !(whole == 0 && double.IsNegative(value)))
            {
                // An integer feature (most are): formatting an int is several times cheaper, and "R" would print the same digits.
                _writer.WriteField(whole, default);
            }
            else
            {
                _writer.WriteField(value, "R", CultureInfo.InvariantCulture);
            }

            _writer.EndRecord();
        }
    }

    /// <summary>Writes buffered lines to the destination.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
