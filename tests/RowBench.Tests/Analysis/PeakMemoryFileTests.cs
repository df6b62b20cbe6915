using RowBench.Analysis;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Analysis;

public class PeakMemoryFileTests
{
    [Fact]
    public void Read_LinesOfBothFormats_TakesTheOldOnesAsTheFastTransformWithoutASize()
    {
        using var directory = new TempDirectory();
        directory.Write(PeakMemoryFile.FileName, PeakMemoryFile.Header + "\nStreaming,20000,73400320\nInMemory,20000,90000000,faithful,3477411\nbroken line\n");

        IReadOnlyList<PeakMemoryFigure> figures = PeakMemoryFile.Read(directory.Path);

        Assert.Equal(
            [new PeakMemoryFigure("Streaming", 20_000, "fast", 73_400_320, null), new PeakMemoryFigure("InMemory", 20_000, "faithful", 90_000_000, 3_477_411)],
            figures);
    }

    [Fact]
    public void StreamingBytesPerSecond_KnownFileSize_IsTheSizeOverTheTime()
    {
        var row = new RowBench.Analysis.Summary.StreamingRow("Quick", "fast", 20_000, 4e6, 2e6, null, null, CsvBytes: 3_000_000);

        Assert.Equal(1.5e9, row.StreamingBytesPerSecond!.Value, precision: 3);
        Assert.Null((row with { CsvBytes = null }).StreamingBytesPerSecond);
    }
}
