namespace RowBench.Harness.Cli.Features;

/// <summary>How the distributed strategy's chunks reach the workers.</summary>
internal enum DistributedDataPath
{
    /// <summary>The rows are shipped in each call.</summary>
    Rows,

    /// <summary>Only a row range is sent; each worker reads its own slice of the --input file.</summary>
    File,
}
