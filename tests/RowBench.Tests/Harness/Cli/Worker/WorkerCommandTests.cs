namespace RowBench.Tests.Harness.Cli.Worker;

/// <summary>
/// <c>worker</c>'s ways to join a cluster of several machines: a first worker (<c>--primary</c>) or Redis
/// (<c>--redis</c>) keeps the membership, and either needs the address the others reach this worker at.
/// </summary>
public class WorkerCommandTests
{
    [Theory]
    [InlineData("--redis needs --advertise", "--redis", "127.0.0.1:6379")]
    [InlineData("--primary needs --advertise", "--primary", "127.0.0.1:11111")]
    [InlineData("give --redis or --primary, not both", "--advertise", "127.0.0.1", "--redis", "127.0.0.1:6379", "--primary", "127.0.0.1:11111")]
    [InlineData("--redis: the connection string is empty", "--advertise", "127.0.0.1", "--redis", " ")]
    [InlineData("--listen-any needs --advertise", "--listen-any")]
    [InlineData("a worker reachable from the network must know who calls it; give --tls-certificate FILE", "--advertise", "10.0.0.5")]
    [InlineData("--tls-certificate /no/such/cluster.pfx: cannot be read", "--advertise", "10.0.0.5", "--tls-certificate", "/no/such/cluster.pfx")]
    public void Worker_MembershipOptionsThatDoNotFit_IsAUsageErrorSayingWhy(string expected, params string[] arguments)
    {
        HarnessRun run = HarnessRun.Of(["worker", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.SingleErrorLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Worker_RedisThatNobodyServes_ExitsOneNamingIt()
    {
        HarnessRun run = HarnessRun.Of("worker", "--advertise", "127.0.0.1", "--silo-port", "47311", "--gateway-port", "47312", "--redis", "127.0.0.1:1,connectTimeout=2000");

        // A worker started by hand first says where it listens; then the one error line, and no stack trace.
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("worker: silo port 47311, gateway port 47312", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("error: the worker cannot reach the membership's Redis at 127.0.0.1:1,connectTimeout=2000: ", lines[1], StringComparison.Ordinal);
    }
}
