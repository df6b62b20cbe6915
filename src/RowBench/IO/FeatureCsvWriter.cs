using System.Buffers;
using System.Globalization;

namespace RowBench.IO;

/// <summary>
/// Writes features as CSV: the header <c>row,feature</c>, then the 0-based row index and the value, one line per row.
/// Values are written in the shortest form that reads back as the same double ("R"): an integer feature as an integer.
/// </summary>
/// <remarks>
/// Numbers are formatted straight into a UTF-8 buffer (no strings, no CSV quoting to decide: a number never needs
/// it), which is written out when full: at 6 million rows a second, formatting must not become the next bottleneck.
/// </remarks>
public sealed class FeatureCsvWriter : IDisposable, IAsyncDisposable
{
    private const int BufferBytes = 1 << 16;

    /// <summary>The longest line: a 20-character row index, a comma, a 24-character double and a line feed.</summary>
    private const int MaxLineBytes = 64;

    private readonly Stream _destination;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private int _filled;

    /// <summary>Starts the CSV on <paramref name="destination"/>, which stays open when this writer is disposed.</summary>
    public FeatureCsvWriter(Stream destination)
    {
        _destination = destination ?? throw new ArgumentNullException(nameof(destination));
        "row,feature\n"u8.CopyTo(_buffer);
        _filled = 12;
    }

    /// <summary>Writes <paramref name="features"/> as rows <paramref name="firstRow"/>, <paramref name="firstRow"/> + 1, ….</summary>
    /// <remarks>Compiled fully optimised on first call: a streaming run is too short to wait for tiered compilation.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Write(long firstRow, ReadOnlySpan<double> features)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        for (int index = 0; index < features.Length; index++)
        {
            if (_filled > _buffer.Length - MaxLineBytes)
            {
                Flush();
            }

            Span<byte> line = _buffer.AsSpan(_filled);
            (firstRow + index).TryFormat(line, out int written, default, CultureInfo.InvariantCulture);
            line[written++] = (byte)',';
            double value = features[index];
            int whole = (int)value;
            int valueBytes;
            if (whole == value && !(whole == 0 && double.IsNegative(value)))
            {
                // An integer feature (most are): formatting an int is several times cheaper, and "R" would print the same digits.
                whole.TryFormat(line[written..], out valueBytes, default, CultureInfo.InvariantCulture);
            }
            else
            {
                value.TryFormat(line[written..], out valueBytes, "R", CultureInfo.InvariantCulture);
            }

            written += valueBytes;
            line[written++] = (byte)'\n';
            _filled += written;
        }
    }

    /// <summary>Writes buffered lines to the destination.</summary>
    public void Flush()
    {
        if (_filled > 0)
        {
            _destination.Write(_buffer, 0, _filled);
            _filled = 0;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        try
        {
            Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        try
        {
            if (_filled > 0)
            {
                await _destination.WriteAsync(_buffer.AsMemory(0, _filled)).ConfigureAwait(false);
                _filled = 0;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
