using RowBench.Data;

namespace RowBench.Tests.Data;

/// <summary>Small data sets for tests, from fixed seeds.</summary>
public static class TestData
{
    /// <summary>Random Int32 rows over the whole range, with small and negative values mixed in.</summary>
    public static Int32RowDataSet RandomInt32Rows(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var values = new int[rows * columns];
        for (int index = 0; index < values.Length; index++)
        {
            values[index] = (index % 3) switch
            {
                0 => random.Next(int.MinValue, int.MaxValue),
                1 => random.Next(-1000, 1000),
                _ => random.Next(0, 256),
            };
        }

        return new Int32RowDataSet(values, rows, columns);
    }

    /// <summary>Rows whose first value is the row index, so that a transform can recognise a row.</summary>
    public static Int32RowDataSet IndexedRows(int rows, int columns = 3)
    {
        var values = new int[rows * columns];
        for (int row = 0; row < rows; row++)
        {
            values[row * columns] = row;
        }

        return new Int32RowDataSet(values, rows, columns);
    }
}
