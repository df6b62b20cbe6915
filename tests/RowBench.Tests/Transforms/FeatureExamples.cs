namespace RowBench.Tests.Transforms;

/// <summary>The reference values for the notebook's transform, shared by the tests of both implementations.</summary>
public static class FeatureExamples
{
    public static TheoryData<string, int[], int> Int32Rows => new()
    {
        { "[7]", [7], 7 },
        { "[0, 0]", [0, 0], 15 },
        { "[12, 255, -3]", [12, 255, -3], 27 },
        { "[1111111111]", [1_111_111_111], 43 },
        { "4096 zeros", new int[4096], 32_767 },
        { "0..255", [.. Enumerable.Range(0, 256)], 2_095 },
        { "no values", [], 0 },
    };

    public static TheoryData<string, byte[], int> ByteRows => new()
    {
        { "[7]", [7], 7 },
        { "[0, 0]", [0, 0], 15 },
        { "4096 zeros", new byte[4096], 32_767 },
        { "0..255", [.. Enumerable.Range(0, 256).Select(value => (byte)value)], 2_095 },
        { "no values", [], 0 },
    };
}
