using RowBench.Transforms;

namespace RowBench.Tests.Transforms;

public class FaithfulTransformTests
{
    [Theory]
    [MemberData(nameof(FeatureExamples.Int32Rows), MemberType = typeof(FeatureExamples))]
    public void Apply_Int32ReferenceExample_GivesReferenceValue(string example, int[] row, int expected)
    {
        Assert.True(expected == FaithfulTransform.Instance.Apply(row), example);
    }

    [Theory]
    [MemberData(nameof(FeatureExamples.ByteRows), MemberType = typeof(FeatureExamples))]
    public void Apply_ByteReferenceExample_GivesReferenceValue(string example, byte[] row, int expected)
    {
        Assert.True(expected == FaithfulTransform.Instance.Apply(row), example);
    }

    [Fact]
    public void Apply_NegativeValue_CountsMinusSign()
    {
        // "-1_-1_-1_-1": '-' 4, '1' 4, '_' 3.
        Assert.Equal(11, FaithfulTransform.Instance.Apply([-1]));
    }

    [Fact]
    public void Apply_Int32MinValue_FormatsAllTenDigits()
    {
        // "-2147483648" four times: '4' 12, '8' 8, then 4 for '-' and most digits; '_' only 3.
        Assert.Equal(24, FaithfulTransform.Instance.Apply([int.MinValue]));
    }
}
