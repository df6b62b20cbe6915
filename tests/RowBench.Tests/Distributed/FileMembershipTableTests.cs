using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using RowBench.Distributed.Workers;

namespace RowBench.Tests.Distributed;

/// <summary>The membership table the workers of one machine share through a file: Orleans' etag rules, across processes' views.</summary>
public sealed class FileMembershipTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rowbench-membership-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(serializer => serializer.AddAssembly(typeof(FileMembershipState).Assembly).AddAssembly(typeof(MembershipEntry).Assembly))
        .BuildServiceProvider();

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task InsertRow_SeenByAnotherTableOnTheSameFile_WithItsVersion()
    {
        using FileMembershipTable first = Table(), second = Table();
        await first.InitializeMembershipTable(true);
        MembershipTableData empty = await second.ReadAll();

        Assert.True(await first.InsertRow(Entry(11111), empty.Version.Next()));

        MembershipTableData seen = await second.ReadAll();
        Assert.Single(seen.Members);
        Assert.Equal(1, seen.Version.Version);
        Assert.Equal(11111, seen.Members[0].Item1.SiloAddress.Endpoint.Port);
    }

    [Fact]
    public async Task InsertRow_StaleVersionOrSameSiloTwice_IsRefused()
    {
        using FileMembershipTable table = Table();
        TableVersion start = (await table.ReadAll()).Version;
        Assert.True(await table.InsertRow(Entry(11111), start.Next()));

        // The version etag moved with the first insert: a writer that read before it must read again.
        Assert.False(await table.InsertRow(Entry(11112), start.Next()));
        TableVersion now = (await table.ReadAll()).Version;
        Assert.False(await table.InsertRow(Entry(11111), now.Next()));
        Assert.True(await table.InsertRow(Entry(11112), now.Next()));
    }

    [Fact]
    public async Task UpdateRow_WithAnOldRowEtag_IsRefused()
    {
        using FileMembershipTable table = Table();
        MembershipEntry entry = Entry(11111);
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        MembershipTableData read = await table.ReadRow(entry.SiloAddress);
        string etag = read.Members[0].Item2;

        entry.Status = SiloStatus.Active;
        Assert.True(await table.UpdateRow(entry, etag, read.Version.Next()));
        entry.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRow(entry, etag, (await table.ReadAll()).Version.Next()));

        Assert.Equal(SiloStatus.Active, (await table.ReadRow(entry.SiloAddress)).Members[0].Item1.Status);
    }

    private FileMembershipTable Table() => new(Path.Combine(_folder, "membership"), _services.GetRequiredService<Serializer<FileMembershipState>>());

    private static MembershipEntry Entry(int port) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1),
        Status = SiloStatus.Joining,
        HostName = "localhost",
        SiloName = $"silo-{port}",
        StartTime = DateTime.UtcNow,
        IAmAliveTime = DateTime.UtcNow,
    };
}
