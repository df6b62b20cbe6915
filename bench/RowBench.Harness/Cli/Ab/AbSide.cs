namespace RowBench.Harness.Cli.Ab;

/// <summary>One side of an ab run: what the user named, where its checkout is, and its built harness.</summary>
/// <param name="Name">"base" or "new".</param>
/// <param name="Spec">The revision or path as the user gave it.</param>
/// <param name="Commit">The commit it resolved to, or "(working tree)" for a checkout path.</param>
/// <param name="Checkout">The folder of its source.</param>
internal sealed record AbSide(string Name, string Spec, string Commit, string Checkout)
{
    /// <summary>The harness that <c>dotnet build</c> makes in the checkout.</summary>
    public string Harness => Path.Combine(Checkout, "bench", "RowBench.Harness", "bin", "Release", "net10.0", "RowBench.Harness.dll");

    /// <summary>The commit as reports name it: its first 10 hex digits, or "(working tree)".</summary>
    public string ShortCommit => Commit.Length == 40 ? Commit[..10] : Commit;

    /// <summary>The harness project.</summary>
    public string Project => Path.Combine(Checkout, "bench", "RowBench.Harness", "RowBench.Harness.csproj");
}
