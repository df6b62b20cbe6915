using System.Net;
using RowBench.Distributed.Workers;

namespace RowBench.Tests.Distributed;

/// <summary>How a cluster's membership is described in messages and logs: where to look, never a password.</summary>
public class ClusterMembershipTests
{
    [Fact]
    public void ToString_RedisWithAPassword_NamesTheServerWithoutThePassword()
    {
        string described = ClusterMembership.Redis("redis.example:6379,password=s3cret,ssl=true").ToString();

        Assert.StartsWith("Redis at redis.example:6379", described, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", described, StringComparison.Ordinal);
    }

    [Fact]
    public void Printable_NotAConnectionStringStackExchangeRedisReads_KeepsOnlyTheServers()
    {
        string printable = ClusterMembership.Printable("redis.example:6379,password=s3cret,no-such-option=1");

        Assert.Equal("redis.example:6379", printable);
    }

    [Fact]
    public void ToString_StaticGateways_ListsThem()
    {
        var membership = ClusterMembership.StaticGateways([new IPEndPoint(IPAddress.Loopback, 30_000), new IPEndPoint(IPAddress.Parse("10.0.0.6"), 30_000)]);

        Assert.Equal("127.0.0.1:30000, 10.0.0.6:30000", membership.ToString());
    }

    [Fact]
    public void StaticGateways_None_Throws() =>
        Assert.Throws<ArgumentException>(() => ClusterMembership.StaticGateways([]));
}
