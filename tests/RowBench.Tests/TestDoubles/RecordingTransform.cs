using RowBench.Transforms;

namespace RowBench.Tests.TestDoubles;

/// <summary>
/// A transform that returns the row's first value (or its length) and can throw or cancel at a chosen row. It
/// records how many calls there were and how many are in flight, so that tests can check that strategies stop early
/// and leave nothing running.
/// </summary>
public sealed class RecordingTransform : IRowTransform<byte, int>, IRowTransform<int, int>
{
    private readonly Func<int, bool> _isFailingValue;
    private readonly Func<int, bool> _isCancellingValue;
    private readonly CancellationTokenSource? _cancellation;
    private int _inFlight;
    private int _calls;

    public RecordingTransform(
        Func<int, bool>? isFailingValue = null,
        CancellationTokenSource? cancellation = null,
        Func<int, bool>? isCancellingValue = null)
    {
        _isFailingValue = isFailingValue ?? (_ => false);
        _cancellation = cancellation;
        _isCancellingValue = isCancellingValue ?? (_ => false);
    }

    public string Name => "recording";

    public int Calls => Volatile.Read(ref _calls);

    public int InFlight => Volatile.Read(ref _inFlight);

    public int Apply(ReadOnlySpan<byte> row) => Record(row.IsEmpty ? -1 : row[0]);

    public int Apply(ReadOnlySpan<int> row) => Record(row.IsEmpty ? -1 : row[0]);

    private int Record(int value)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Increment(ref _inFlight);
        try
        {
            if (_isFailingValue(value))
            {
                throw new InvalidOperationException($"test failure on value {value}");
            }

            if (_isCancellingValue(value))
            {
                _cancellation?.Cancel();
            }

            return value * 2;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
