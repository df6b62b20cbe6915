using System.Runtime.InteropServices;
using RowBench.Harness.Shared;

namespace RowBench.Harness.Cli.Ab;

/// <summary>
/// Turns BASE and NEW into built harnesses: a git revision of the repository becomes a detached worktree in the
/// scratch folder (removed again by <see cref="Dispose"/>); a path of a checkout is used as it is.
/// </summary>
internal sealed class AbCheckouts : IDisposable
{
    private readonly string _repository;
    private readonly List<string> _worktrees = [];
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _disposed;

    public AbCheckouts(string repository)
    {
        _repository = repository;
        // Ctrl+C or SIGTERM ends ab without running finally blocks: remove the worktrees before the process goes.
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Dispose());
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Dispose());
    }

    /// <summary>Resolves <paramref name="spec"/>; throws <see cref="Cli.UsageException"/> naming the side when it is neither.</summary>
    /// <param name="sideAssembly">For the user's repository (<c>--side-assembly</c>): any folder is a checkout, and the side carries the assembly's relative path.</param>
    public AbSide Prepare(string name, string spec, string scratch, string? sideAssembly = null)
    {
        if (Directory.Exists(spec) && (sideAssembly is not null || File.Exists(Path.Combine(spec, "bench", "RowBench.Harness", "RowBench.Harness.csproj"))))
        {
            return new AbSide(name, spec, "(working tree)", Path.GetFullPath(spec), sideAssembly);
        }

        string? commit = Git.ResolveCommit(_repository, spec);
        if (commit is null)
        {
            throw new Cli.UsageException(sideAssembly is null
                ? $"ab: {name.ToUpperInvariant()} '{spec}' is neither a revision of {_repository} nor a checkout of RowBench"
                : $"ab: {name.ToUpperInvariant()} '{spec}' is neither a folder nor a revision of the git repository in {_repository}");
        }

        string checkout = Path.Combine(scratch, name);
        string log = Path.Combine(scratch, $"{name}-build.log");
        if (ChildProcess.Run("git", ["-C", _repository, "worktree", "add", "--detach", "--force", checkout, commit], _repository, log) != 0)
        {
            throw new Cli.UsageException($"ab: {name.ToUpperInvariant()} '{spec}': git worktree add failed; see {log}");
        }

        _worktrees.Add(checkout);
        return new AbSide(name, spec, commit, checkout, sideAssembly);
    }

    /// <summary>Builds a side's harness in Release; a failed build is bad input that names the side.</summary>
    public static void Build(AbSide side, string scratch)
    {
        string log = Path.Combine(scratch, $"{side.Name}-build.log");
        if (side.SideAssembly is not null)
        {
            BuildUserSide(side, log);
            return;
        }

        if (!File.Exists(side.Project))
        {
            throw new Cli.UsageException($"ab: {side.Name.ToUpperInvariant()} '{side.Spec}' has no harness project (bench/RowBench.Harness); is it a RowBench revision?");
        }

        if (ChildProcess.Run("dotnet", ["build", side.Project, "-c", "Release", "--nologo", "-v", "quiet"], side.Checkout, log) != 0)
        {
            throw new Cli.UsageException($"ab: the {side.Name.ToUpperInvariant()} build ('{side.Spec}') failed; see {log}");
        }
    }

    /// <summary>
    /// A side of the user's repository: <c>dotnet build -c Release</c> in its checkout (the project or solution there),
    /// then its transform assembly must be where <c>--side-assembly</c> says.
    /// </summary>
    private static void BuildUserSide(AbSide side, string log)
    {
        if (ChildProcess.Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "quiet"], side.Checkout, log) != 0)
        {
            throw new Cli.UsageException($"ab: 'dotnet build -c Release' of {side.Name.ToUpperInvariant()} ('{side.Spec}') failed in {side.Checkout}; see {log}");
        }

        if (!File.Exists(side.TransformAssembly))
        {
            throw new Cli.UsageException($"ab: --side-assembly {side.SideAssembly}: {side.Name.ToUpperInvariant()} ('{side.Spec}') built, but {side.TransformAssembly} is not there");
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _interrupt.Dispose();
        _terminate.Dispose();
        foreach (string worktree in _worktrees.ToArray())
        {
            ChildProcess.Capture("git", ["-C", _repository, "worktree", "remove", "--force", worktree], _repository);
        }

        ChildProcess.Capture("git", ["-C", _repository, "worktree", "prune"], _repository);
    }
}
