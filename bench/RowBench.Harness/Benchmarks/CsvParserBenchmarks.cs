using System.Globalization;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;
using RowBench.Data;
using RowBench.IO;
using RowBench.Strategies;
using RowBench.Streaming;
using Sylvan.Data.Csv;

namespace RowBench.Harness.Benchmarks;

/// <summary>
/// The parser chosen by measurement: one <c>dataset</c> file (64 integer values a row) read and parsed to integers by
/// CsvHelper (the project's CSV library, and its parser until this benchmark), Sep and Sylvan.Data.Csv (the fastest
/// served alternatives), and RowBench's own block parser, on one thread and in parallel. Each sums every value, so
/// that nothing is skipped; the MB/s column is the file's bytes over the time. Default and full presets only.
/// </summary>
[BenchmarkCategory(BenchmarkCategories.Streaming)]
[MemoryDiagnoser]
public class CsvParserBenchmarks
{
    private const int Columns = 64;
    private string _file = null!;

    [ParamsSource(nameof(RowsValues))]
    public int Rows { get; set; } = 200_000;

    public static IEnumerable<int> RowsValues => SuiteGrid.ParserRows;

    /// <summary>The bytes of the file of <paramref name="rows"/> rows, which the throughput column divides by the time.</summary>
    public static long FileBytes(int rows)
    {
        var counter = new CountingStream();
        DataSetCsvWriter.WriteSynthetic(counter, rows, Columns, SyntheticImageGenerator.DefaultSeed);
        return counter.Length;
    }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"rowbench-parser-{Rows}-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        using FileStream stream = File.Create(_file);
        DataSetCsvWriter.WriteSynthetic(stream, Rows, Columns, SyntheticImageGenerator.DefaultSeed);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark(Baseline = true)]
    public long CsvHelperOneThread()
    {
        using CsvHelper.CsvReader reader = CsvHelper.CsvReader.FromFile(_file, CsvHelper.CsvReaderOptions.Default with { Separator = ',', HasHeader = false });
        long sum = 0;
        while (reader.Read())
        {
            for (int column = 0; column < reader.FieldCount; column++)
            {
                sum += int.Parse(reader.GetSpan(column), NumberStyles.Integer, CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }

    [Benchmark]
    public long SepOneThread()
    {
        using SepReader reader = Sep.Reader(options => options with { HasHeader = false }).FromFile(_file);
        long sum = 0;
        foreach (SepReader.Row row in reader)
        {
            for (int column = 0; column < row.ColCount; column++)
            {
                sum += row[column].Parse<int>();
            }
        }

        return sum;
    }

    [Benchmark]
    public long SepParallel()
    {
        using SepReader reader = Sep.Reader(options => options with { HasHeader = false }).FromFile(_file);
        long sum = 0;
        foreach (long rowSum in reader.ParallelEnumerate(row =>
        {
            long total = 0;
            for (int column = 0; column < row.ColCount; column++)
            {
                total += row[column].Parse<int>();
            }

            return total;
        }))
        {
            sum += rowSum;
        }

        return sum;
    }

    [Benchmark]
    public long SylvanOneThread()
    {
        using CsvDataReader reader = CsvDataReader.Create(_file, new CsvDataReaderOptions { HasHeaders = false });
        long sum = 0;
        while (reader.Read())
        {
            for (int column = 0; column < reader.FieldCount; column++)
            {
                sum += reader.GetInt32(column);
            }
        }

        return sum;
    }

    [Benchmark]
    public long RowBenchOneThread()
    {
        using CsvRowReader reader = CsvRowReader.Open(_file);
        int[] values = new int[8_192 * Columns];
        long sum = 0;
        int rows;
        while ((rows = reader.ReadRows(values)) > 0)
        {
            foreach (int value in values.AsSpan(0, rows * Columns))
            {
                sum += value;
            }
        }

        return sum;
    }

    /// <summary>The streaming pipeline's own path: blocks parsed on every core, in order, straight into bytes.</summary>
    [Benchmark]
    public long RowBenchParallel()
    {
        using CsvRowReader reader = CsvRowReader.Open(_file);
        long sum = 0;
        StreamingFeaturePipeline.RunAsync(
            reader, new SequentialStrategy(), new RowSumTransform(), new StrategyOptions(), (_, features) =>
            {
                foreach (double feature in features)
                {
                    sum += (long)feature;
                }
            }).GetAwaiter().GetResult();
        return sum;
    }

    /// <summary>The row's sum: next to nothing beside the parse, over bytes (as the pipeline gives bytes) or integers.</summary>
    private sealed class RowSumTransform : RowBench.Transforms.IRowTransform<byte, int>, RowBench.Transforms.IRowTransform<int, int>
    {
        public string Name => "row-sum";

        public int Apply(ReadOnlySpan<byte> row)
        {
            int sum = 0;
            foreach (byte value in row)
            {
                sum += value;
            }

            return sum;
        }

        public int Apply(ReadOnlySpan<int> row)
        {
            int sum = 0;
            foreach (int value in row)
            {
                sum += value;
            }

            return sum;
        }
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
