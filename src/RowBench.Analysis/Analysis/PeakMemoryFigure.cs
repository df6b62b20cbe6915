namespace RowBench.Analysis;

/// <summary>
/// One line of <c>peak-memory.csv</c>: the peak resident memory of a streaming benchmark's process, and the bytes of
/// the CSV file it read, from which the summary computes MB/s.
/// </summary>
/// <param name="Transform">The transform of the case; <c>fast</c> for runs made before the benchmark had the parameter.</param>
/// <param name="CsvBytes">The input file's size, or null for runs made before it was recorded.</param>
public sealed record PeakMemoryFigure(string Method, int Rows, string Transform, long PeakBytes, long? CsvBytes);
