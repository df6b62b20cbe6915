namespace RowBench.Harness.Cli;

/// <summary>The process exit codes, documented in the README; CI pipelines branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A benchmark failed or nothing ran (run), a significant regression (compare), a stale chunk size (tune --check).</summary>
    public const int Failed = 1;

    /// <summary>Bad input or usage: an unknown option, a bad value, a malformed or missing input file.</summary>
    public const int BadInput = 2;

    /// <summary>An output file could not be written (no such directory, no permission, a full disk).</summary>
    public const int CannotWrite = 3;

    /// <summary>An unexpected internal error: a bug, reported in one line.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by SIGINT (Ctrl+C): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15, as shells report it.</summary>
    public const int Terminated = 143;
}
