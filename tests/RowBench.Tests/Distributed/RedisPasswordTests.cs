using RowBench.Distributed.Workers;
using RowBench.Tests.Harness.Transforms;

namespace RowBench.Tests.Distributed;

/// <summary>A Redis password from the environment: process-wide, so these run alone.</summary>
[Collection(ProcessWideTransforms.Name)]
public class RedisPasswordTests
{
    [Fact]
    public void Redis_PasswordInTheEnvironment_IsUsedAndNeverPrinted()
    {
        Environment.SetEnvironmentVariable(ClusterMembership.RedisPasswordVariable, "s3cret-from-env");
        try
        {
            ClusterMembership membership = ClusterMembership.Redis("10.0.0.2:6379");

            Assert.Contains("password=s3cret-from-env", membership.RedisConnection, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", membership.ToString(), StringComparison.Ordinal);
            // A password in the connection string itself wins.
            Assert.Contains("password=given", ClusterMembership.Redis("10.0.0.2:6379,password=given").RedisConnection, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ClusterMembership.RedisPasswordVariable, null);
        }
    }

    [Fact]
    public void Redis_NoPasswordAnywhere_IsTheConnectionAsGiven()
    {
        Assert.Equal("10.0.0.2:6379", ClusterMembership.Redis("10.0.0.2:6379").RedisConnection);
    }
}
