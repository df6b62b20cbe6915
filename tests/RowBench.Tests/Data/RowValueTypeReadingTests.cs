using System.Globalization;
using RowBench.Data;
using RowBench.IO;
using RowBench.Strategies;
using RowBench.Streaming;
using RowBench.Tests.TestDoubles;
using RowBench.Transforms;

namespace RowBench.Tests.Data;

/// <summary>Rows of decimals and of bytes: reading, widening, binding and writing them.</summary>
public class RowValueTypeReadingTests
{
    [Fact]
    public void ReadAll_AsDouble_ReadsDecimalsExponentsAndIntegersExactly()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "x,y,z\n1.5, -2e3 ,0.1\n7,-0,1e-300\n");

        var data = (DoubleRowDataSet)CsvRowReader.ReadAll(path, RowValueType.Double);

        Assert.Equal(2, data.RowCount);
        Assert.Equal([1.5, -2000, 0.1], data.GetRow(0).ToArray());
        Assert.Equal([7, -0.0, 1e-300], data.GetRow(1).ToArray());
    }

    [Fact]
    public void ReadAll_AsDouble_BadCellInTheThirdRow_NamesFileLineAndColumn()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "1.5,2\n3,4\n\n5,1.2.3\n");

        DataFormatException error = Assert.Throws<DataFormatException>(() => CsvRowReader.ReadAll(path, RowValueType.Double));

        Assert.Equal($"{path}:4:2: expected a number, found '1.2.3'", error.Message);
    }

    [Fact]
    public void ReadAll_AsByte_ValueAbove255_NamesFileLineAndColumnAndTheRange()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "0,255\n3,256\n");

        DataFormatException error = Assert.Throws<DataFormatException>(() => CsvRowReader.ReadAll(path, RowValueType.Byte));

        Assert.Equal($"{path}:2:2: expected an integer from 0 to 255, found '256' (out of range)", error.Message);
    }

    [Fact]
    public void ReadAll_AsByte_ReadsTheBytes()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", "0,255\n3,17\n");

        var data = (ByteRowDataSet)CsvRowReader.ReadAll(path, RowValueType.Byte);

        Assert.Equal(new byte[] { 3, 17 }, data.GetRow(1).ToArray());
    }

    [Fact]
    public void WidenTo_ByteRowsToDoubleAndInt32_KeepsEveryValue()
    {
        ByteRowDataSet bytes = SyntheticImageGenerator.Generate(5, columns: 8, seed: 4);

        var doubles = (DoubleRowDataSet)bytes.WidenTo(RowValueType.Double);
        var integers = (Int32RowDataSet)bytes.WidenTo(RowValueType.Int32);

        Assert.Same(bytes, bytes.WidenTo(RowValueType.Byte));
        for (int row = 0; row < 5; row++)
        {
            Assert.Equal(bytes.GetRow(row).ToArray().Select(value => (double)value), doubles.GetRow(row).ToArray());
            Assert.Equal(bytes.GetRow(row).ToArray().Select(value => (int)value), integers.GetRow(row).ToArray());
        }
    }

    [Fact]
    public void WidenTo_Narrower_Throws()
    {
        Assert.Throws<ArgumentException>(() => TestData.IndexedRows(2).WidenTo(RowValueType.Byte));
    }

    [Fact]
    public void Run_TransformOfDoubleRowsOnInt32Rows_SaysWhichRowsItTakes()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => new SequentialStrategy().Run(TestData.IndexedRows(3), new RowMeanTransform(), new StrategyOptions()));

        Assert.StartsWith("The transform 'row-mean' takes Double rows, not Int32 rows.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TransformOfDoubleRows_EveryStrategyEqualsTheLoop()
    {
        double[] values = [.. Enumerable.Range(0, 97 * 5).Select(index => Math.Sin(index) * 1e3)];
        var data = new DoubleRowDataSet(values, 97, 5);
        double[] expected = [.. Enumerable.Range(0, 97).Select(row => new RowMeanTransform().Apply(data.GetRow(row)))];

        foreach (IExecutionStrategy strategy in StrategyCatalog.Strategies)
        {
            Assert.Equal(expected, strategy.Run(data, new RowMeanTransform(), new StrategyOptions { ChunkSize = 4, DegreeOfParallelism = 3 }));
        }
    }

    [Fact]
    public async Task RunAsync_TransformOfDoubleRowsOverADecimalFile_StreamsTheSameValuesAsInMemory()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("data.csv", string.Concat(Enumerable.Range(0, 300).Select(row => $"{row * 0.25},{-row}.5,1e{row % 7}\n")));
        double[] expected = new SequentialStrategy().Run(CsvRowReader.ReadAll(path, RowValueType.Double), new RowMeanTransform(), new StrategyOptions());
        var streamed = new double[300];

        using CsvRowReader reader = CsvRowReader.Open(path);
        long rows = await StreamingFeaturePipeline.RunAsync(
            reader, new ParallelForStrategy(), new RowMeanTransform(), new StrategyOptions { ChunkSize = 7, DegreeOfParallelism = 2 },
            (first, features) => features.CopyTo(streamed.AsSpan((int)first)), new StreamingOptions { BatchRows = 64 });

        Assert.Equal(300, rows);
        Assert.Equal(expected, streamed);
    }

    [Fact]
    public void Write_Doubles_ShortestRoundTripIntegersAsIntegers()
    {
        using var stream = new MemoryStream();
        using (var writer = new FeatureCsvWriter(stream))
        {
            writer.Write(0, [26759, 0.1, -0.0, double.NaN, 1e300, -3, 2147483648, 1.0 / 3]);
        }

        string[] lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["row,feature", "0,26759", "1,0.1", "2,-0", "3,NaN", "4,1E+300", "5,-3", "6,2147483648", "7,0.3333333333333333"], lines);
        Assert.Equal(1.0 / 3, double.Parse(lines[^1].Split(',')[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RowTypes_OfEachKindOfTransform_AreReadFromItsInterfaces()
    {
        Assert.Equal([RowValueType.Byte, RowValueType.Int32], RowTransformContract.RowTypesOf(FaithfulTransform.Instance));
        Assert.Equal(RowValueType.Int32, RowTransformContract.CsvRowTypeFor(FastTransform.Instance));
        Assert.Equal(RowValueType.Double, RowTransformContract.CsvRowTypeFor(new RowMeanTransform()));
        Assert.Equal(RowValueType.Byte, RowTransformContract.CsvRowTypeFor(new ByteMaxTransform()));
        Assert.Equal(RowValueType.Double, RowTransformContract.RowTypeFor(new RowMeanTransform(), RowValueType.Byte));
        Assert.Null(RowTransformContract.RowTypeFor(new ByteMaxTransform(), RowValueType.Int32));
        Assert.Equal(["IRowTransform<Single, Int32>"], RowTransformContract.UnsupportedContractsOf(typeof(FloatRowTransform)));
    }
}
