using System.Diagnostics;
using System.Globalization;
using Orleans.Runtime;
using Orleans.Serialization;

namespace RowBench.Distributed.Workers;

/// <summary>
/// An Orleans membership table kept in one file that every worker on this machine reads and writes, each change under
/// an exclusive OS lock on a file beside it (<c>flock</c> on Unix, released with its process however it ends) and
/// written whole by a rename. No worker holds the table, so any of them may die — the first included — and the others
/// go on: Orleans' development clustering keeps the table in the first worker's memory, and the cluster dies with it.
/// The etag rules are those of Orleans' in-memory table.
/// </summary>
internal sealed class FileMembershipTable : IMembershipTable, IDisposable
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(15);
    private readonly string _path;
    private readonly string _lockPath;
    private readonly Serializer<FileMembershipState> _serializer;
    private readonly SemaphoreSlim _inProcess = new(1, 1);

    public FileMembershipTable(string path, Serializer<FileMembershipState> serializer)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = Path.GetFullPath(path);
        _lockPath = _path + ".lock";
        _serializer = serializer;
    }

    public Task InitializeMembershipTable(bool tryInitTableVersion) => Change(_ => true);

    public Task DeleteMembershipTableEntries(string clusterId) => Change(state =>
    {
        state.Entries.Clear();
        state.ETags.Clear();
        return true;
    });

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => Change(state =>
    {
        for (int index = state.Entries.Count - 1; index >= 0; index--)
        {
            if (state.Entries[index].Status == SiloStatus.Dead && new DateTimeOffset(DateTime.SpecifyKind(state.Entries[index].IAmAliveTime, DateTimeKind.Utc)) < beforeDate)
            {
                state.Entries.RemoveAt(index);
                state.ETags.RemoveAt(index);
            }
        }

        return true;
    });

    public async Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        FileMembershipState state = await Read().ConfigureAwait(false);
        int index = state.Entries.FindIndex(entry => entry.SiloAddress.Equals(key));
        var version = new TableVersion(state.Version, state.VersionEtag);
        return index < 0 ? new MembershipTableData(version) : new MembershipTableData(Tuple.Create(state.Entries[index], state.ETags[index]), version);
    }

    public async Task<MembershipTableData> ReadAll()
    {
        FileMembershipState state = await Read().ConfigureAwait(false);
        return new MembershipTableData([.. state.Entries.Zip(state.ETags, Tuple.Create)], new TableVersion(state.Version, state.VersionEtag));
    }

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => Change(state =>
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (state.Entries.Exists(existing => existing.SiloAddress.Equals(entry.SiloAddress)) || state.VersionEtag != tableVersion.VersionEtag)
        {
            return false;
        }

        state.Entries.Add(entry);
        state.ETags.Add(state.NewETag());
        state.Version = tableVersion.Version;
        state.VersionEtag = state.NewETag();
        return true;
    });

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) => Change(state =>
    {
        ArgumentNullException.ThrowIfNull(entry);
        int index = state.Entries.FindIndex(existing => existing.SiloAddress.Equals(entry.SiloAddress));
        if (index < 0 || state.ETags[index] != etag || state.VersionEtag != tableVersion.VersionEtag)
        {
            return false;
        }

        state.Entries[index] = entry;
        state.ETags[index] = state.NewETag();
        state.Version = tableVersion.Version;
        state.VersionEtag = state.NewETag();
        return true;
    });

    public Task UpdateIAmAlive(MembershipEntry entry) => Change(state =>
    {
        ArgumentNullException.ThrowIfNull(entry);
        int index = state.Entries.FindIndex(existing => existing.SiloAddress.Equals(entry.SiloAddress));
        if (index < 0)
        {
            return false;
        }

        state.Entries[index].IAmAliveTime = entry.IAmAliveTime;
        state.ETags[index] = state.NewETag();
        return true;
    });

    public void Dispose() => _inProcess.Dispose();

    private async Task<FileMembershipState> Read()
    {
        await _inProcess.WaitAsync().ConfigureAwait(false);
        try
        {
            using FileStream held = await LockAsync().ConfigureAwait(false);
            return Load();
        }
        finally
        {
            _inProcess.Release();
        }
    }

    /// <summary>Reads, changes and — when <paramref name="change"/> says it changed — writes the table, all under the lock.</summary>
    private async Task<bool> Change(Func<FileMembershipState, bool> change)
    {
        await _inProcess.WaitAsync().ConfigureAwait(false);
        try
        {
            using FileStream held = await LockAsync().ConfigureAwait(false);
            FileMembershipState state = Load();
            if (!change(state))
            {
                return false;
            }

            string temporary = _path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            await File.WriteAllBytesAsync(temporary, _serializer.SerializeToArray(state)).ConfigureAwait(false);
            File.Move(temporary, _path, overwrite: true);
            return true;
        }
        finally
        {
            _inProcess.Release();
        }
    }

    private FileMembershipState Load() =>
        File.Exists(_path) ? _serializer.Deserialize(File.ReadAllBytes(_path)) ?? new FileMembershipState() : new FileMembershipState();

    private async Task<FileStream> LockAsync()
    {
        var clock = Stopwatch.StartNew();
        int wait = 2;
        while (true)
        {
            try
            {
                return new FileStream(_lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException) when (clock.Elapsed < LockTimeout)
            {
                await Task.Delay(wait).ConfigureAwait(false);
                wait = Math.Min(wait * 2, 50);
            }
        }
    }
}
