using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RowBench.Transforms;

namespace RowBench.Tests.Transforms;

public class FastTransformTests
{
    private static readonly int[] EdgeValues =
        [int.MinValue, int.MinValue + 1, -1_000_000_000, -999, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1_000_000_000, int.MaxValue];

    [Theory]
    [MemberData(nameof(FeatureExamples.Int32Rows), MemberType = typeof(FeatureExamples))]
    public void Apply_Int32ReferenceExample_GivesReferenceValue(string example, int[] row, int expected)
    {
        Assert.True(expected == FastTransform.Instance.Apply(row), example);
    }

    [Theory]
    [MemberData(nameof(FeatureExamples.ByteRows), MemberType = typeof(FeatureExamples))]
    public void Apply_ByteReferenceExample_GivesReferenceValue(string example, byte[] row, int expected)
    {
        Assert.True(expected == FastTransform.Instance.Apply(row), example);
    }

    [Fact]
    public void Apply_Int32EdgeValuesOneAtATime_EqualsFaithful()
    {
        foreach (int value in EdgeValues)
        {
            Assert.True(
                FaithfulTransform.Instance.Apply([value]) == FastTransform.Instance.Apply([value]),
                $"value {value}");
        }
    }

    [Fact]
    public void Apply_LongRowOfInt32MinValue_EqualsFaithfulPastThePackedCountersFlush()
    {
        // 1,000 values run past the 400-value flush of the packed counters, with ten digits each.
        int[] row = Enumerable.Repeat(int.MinValue, 1_000).ToArray();
        Assert.Equal(FaithfulTransform.Instance.Apply(row), FastTransform.Instance.Apply(row));
    }

    [Property(MaxTest = 300)]
    public bool Apply_AnyInt32Row_EqualsFaithful(int[] row, bool withEdgeValues)
    {
        int[] values = withEdgeValues ? [.. row, .. EdgeValues] : row;
        return FaithfulTransform.Instance.Apply(values) == FastTransform.Instance.Apply(values);
    }

    [Property(MaxTest = 300)]
    public Property Apply_AnyWideInt32Row_EqualsFaithful()
    {
        Gen<int[]> wideRows = Gen.Choose(int.MinValue, int.MaxValue).ArrayOf();
        return Prop.ForAll(
            wideRows.ToArbitrary(),
            row => FaithfulTransform.Instance.Apply(row) == FastTransform.Instance.Apply(row));
    }

    [Property(MaxTest = 300)]
    public bool Apply_AnyByteRow_EqualsFaithful(byte[] row) =>
        FaithfulTransform.Instance.Apply(row) == FastTransform.Instance.Apply(row);

    [Property(MaxTest = 100)]
    public bool Apply_ByteRowAsInt32Row_GivesTheSameFeature(byte[] row) =>
        FastTransform.Instance.Apply(row) == FastTransform.Instance.Apply(row.Select(value => (int)value).ToArray());
}
