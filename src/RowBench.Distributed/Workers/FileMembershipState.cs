namespace RowBench.Distributed.Workers;

/// <summary>What <see cref="FileMembershipTable"/> keeps in its file: the rows with their etags, and the table's version.</summary>
[GenerateSerializer]
internal sealed class FileMembershipState
{
    [Id(0)]
    public List<MembershipEntry> Entries { get; set; } = [];

    [Id(1)]
    public List<string> ETags { get; set; } = [];

    [Id(2)]
    public int Version { get; set; }

    [Id(3)]
    public string VersionEtag { get; set; } = "0";

    [Id(4)]
    public long ETagCounter { get; set; } = 1;

    /// <summary>A fresh etag: unique within the file, as the counter lives in it.</summary>
    public string NewETag() => (ETagCounter++).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
