namespace RowBench.Harness.Cli.Ab;

/// <summary>One side of an ab run: what the user named, where its checkout is, and its built harness.</summary>
/// <param name="Name">"base" or "new".</param>
/// <param name="Spec">The revision or path as the user gave it.</param>
/// <param name="Commit">The commit it resolved to, or "(working tree)" for a checkout path.</param>
/// <param name="Checkout">The folder of its source.</param>
/// <param name="SideAssembly">For a side of the user's repository (<c>ab --side-assembly</c>): the transform assembly's path
/// relative to the checkout; the harness is then this one. Null for a RowBench side.</param>
internal sealed record AbSide(string Name, string Spec, string Commit, string Checkout, string? SideAssembly = null)
{
    /// <summary>The harness that <c>dotnet build</c> makes in the checkout, or this harness for a side of the user's repository.</summary>
    public string Harness => SideAssembly is null
        ? Path.Combine(Checkout, "bench", "RowBench.Harness", "bin", "Release", "net10.0", "RowBench.Harness.dll")
        : Shared.HarnessLaunch.Self;

    /// <summary>The side's transform assembly (full path) for a side of the user's repository; else null.</summary>
    public string? TransformAssembly => SideAssembly is null ? null : Path.GetFullPath(Path.Combine(Checkout, SideAssembly));

    /// <summary>The commit as reports name it: its first 10 hex digits, or "(working tree)".</summary>
    public string ShortCommit => Commit.Length == 40 ? Commit[..10] : Commit;

    /// <summary>The harness project.</summary>
    public string Project => Path.Combine(Checkout, "bench", "RowBench.Harness", "RowBench.Harness.csproj");
}
