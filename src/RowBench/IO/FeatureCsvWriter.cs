using CsvHelper;

namespace RowBench.IO;

/// <summary>Writes features as CSV: the header <c>row,feature</c>, then the 0-based row index and the value, one line per row.</summary>
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
    public void Write(long firstRow, ReadOnlySpan<int> features)
    {
        for (int index = 0; index < features.Length; index++)
        {
            _writer.WriteField(firstRow + index, default);
            _writer.WriteField(features[index], default);
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
