using RowBench.Strategies;
using RowBench.Tests.Data;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Strategies;

public class ChunkRunTests
{
    [Fact]
    public void Execute_AfterARowFailed_StartsNoFurtherRow()
    {
        var transform = new RecordingTransform(isFailingValue: value => value == 3);
        using var run = new ChunkRun("test", TestData.IndexedRows(100), transform, CancellationToken.None);

        run.Execute(0, 10);
        int callsAtFailure = transform.Calls;
        run.Execute(10, 100);

        Assert.Equal(4, callsAtFailure);
        Assert.Equal(callsAtFailure, transform.Calls);
        Assert.True(run.IsStopped);
    }

    [Fact]
    public async Task Finish_TwoRowsFailedAtOnce_ReportsTheLowestRow()
    {
        // Both rows are in flight before either throws, as when two workers fail together.
        using var bothStarted = new Barrier(2);
        var transform = new RecordingTransform(isFailingValue: value =>
        {
            bothStarted.SignalAndWait();
            return value is 30 or 12;
        });
        using var run = new ChunkRun("test", TestData.IndexedRows(100), transform, CancellationToken.None);

        Task later = Task.Run(() => run.Execute(30, 31));
        run.Execute(12, 13);
        await later;

        var error = Assert.Throws<RowTransformException>(() => run.Finish());
        Assert.Equal(12, error.Row);
    }

    [Fact]
    public void Execute_CallerCancelled_StartsNoRowAndFinishThrows()
    {
        using var cancellation = new CancellationTokenSource();
        var transform = new RecordingTransform();
        using var run = new ChunkRun("test", TestData.IndexedRows(10), transform, cancellation.Token);

        cancellation.Cancel();
        run.Execute(0, 10);

        Assert.Equal(0, transform.Calls);
        Assert.ThrowsAny<OperationCanceledException>(() => run.Finish());
    }
}
