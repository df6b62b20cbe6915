using RowBench.Data;
using RowBench.Transforms;

namespace RowBench.Strategies;

/// <summary>
/// One run of a transform over a data set, shared by the workers of a strategy: it executes chunks of rows, records
/// the first failure, and stops every worker as soon as a row fails or the caller cancels.
/// </summary>
/// <remarks>
/// Failures are recorded rather than thrown inside the workers, so that every strategy reports them the same way
/// (one <see cref="RowTransformException"/>, never an AggregateException), and the stop token tells the parallel
/// construct to start no further chunks.
/// </remarks>
internal sealed class ChunkRun : IDisposable
{
    private readonly string _strategy;
    private readonly BoundRowTransform _transform;
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource _stop;
    private readonly Lock _failureGate = new();
    private RowTransformException? _failure;

    public ChunkRun(string strategy, RowDataSet data, IRowTransform transform, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(transform);
        _strategy = strategy;
        // Bound once: the row type is matched here, not per row (a transform that does not take it fails here).
        _transform = data.Bind(transform);
        _callerToken = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Results = new double[data.RowCount];
    }

    public double[] Results { get; }

    public int RowCount => _transform.RowCount;

    /// <summary>Cancelled when the caller cancels or a row fails: workers start nothing more.</summary>
    public CancellationToken StopToken => _stop.Token;

    public bool IsStopped => _stop.IsCancellationRequested;

    /// <summary>Computes rows [<paramref name="from"/>, <paramref name="to"/>) into <see cref="Results"/>.</summary>
    public void Execute(int from, int to) => Execute(from, to, Results.AsSpan(from, to - from));

    /// <summary>Computes rows [<paramref name="from"/>, <paramref name="to"/>) into <paramref name="destination"/>.</summary>
    public void Execute(int from, int to, Span<double> destination)
    {
        for (int row = from; row < to; row++)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            try
            {
                destination[row - from] = _transform.Apply(row);
            }
            catch (Exception ex)
            {
                RecordFailure(row, ex);
                return;
            }
        }
    }

    /// <summary>Returns the results, or throws the failure or the caller's cancellation.</summary>
    public double[] Finish()
    {
        if (_failure is not null)
        {
            throw _failure;
        }

        _callerToken.ThrowIfCancellationRequested();
        return Results;
    }

    public void Dispose() => _stop.Dispose();

    private void RecordFailure(int row, Exception exception)
    {
        lock (_failureGate)
        {
            // Several chunks may fail at once; the lowest row is reported, so that the message is stable.
            if (_failure is null || row < _failure.Row)
            {
                _failure = new RowTransformException(_strategy, row, exception);
            }
        }

        _stop.Cancel();
    }
}
