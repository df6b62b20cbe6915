namespace RowBench.Harness.Cli.Features;

/// <summary>What <c>features</c> was asked to do, as parsed from the command line.</summary>
internal sealed record FeaturesOptions(
    string? Input,
    bool Synthetic,
    int Rows,
    int Columns,
    int Seed,
    string? Output,
    string Strategy,
    string Transform,
    int ChunkSize,
    int DegreeOfParallelism,
    string? Tuning = null,
    bool ChunkSizeGiven = false,
    bool InMemory = false,
    int Workers = 2,
    DistributedDataPath DataPath = DistributedDataPath.Rows,
    string[]? Gateways = null,
    string ClusterId = "rowbench",
    string? Redis = null,
    string? TlsCertificate = null);
