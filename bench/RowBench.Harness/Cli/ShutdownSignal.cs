using System.Runtime.InteropServices;
using RowBench.IO;

namespace RowBench.Harness.Cli;

/// <summary>
/// Turns SIGINT (Ctrl+C) and SIGTERM into a cancellation, so that a command stops cleanly, removes its temporary
/// files and exits with 130 or 143, instead of being killed mid-write. A second signal, or a command still running
/// <see cref="GracePeriod"/> after the first (a user's transform that never returns), ends the process at once: its
/// temporary files are deleted first, and existing outputs are untouched, as they are until a write completes.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    /// <summary>How long a command has to stop on its token before the process ends without it.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(5);

    private int _signals;
    private Timer? _deadline;

    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _exitCode = ExitCodes.Interrupted;

    private ShutdownSignal()
    {
    }

    /// <summary>A signal that nothing raises, for tests and in-process callers.</summary>
    public static ShutdownSignal None() => new();

    /// <summary>Listens for SIGINT and SIGTERM until disposed.</summary>
    public static ShutdownSignal ListenToProcessSignals()
    {
        var signal = new ShutdownSignal();
        signal._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => signal.Raise(context, ExitCodes.Interrupted)));
        signal._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => signal.Raise(context, ExitCodes.Terminated)));
        return signal;
    }

    public CancellationToken Token => _cancellation.Token;

    /// <summary>
    /// Whether the running command stops cleanly on the token. Only then is the signal's default action (ending the
    /// process) held back; BenchmarkDotNet runs cannot be cancelled, so they end as the signal says.
    /// </summary>
    public bool CommandHonoursCancellation { get; set; }

    /// <summary>130 after SIGINT, 143 after SIGTERM.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>Cancels as a signal would; tests use it to stop a command mid-run.</summary>
    public void Raise(int exitCode)
    {
        Volatile.Write(ref _exitCode, exitCode);
        _cancellation.Cancel();
    }

    public void Dispose()
    {
        _deadline?.Dispose();
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }

    private void Raise(PosixSignalContext context, int exitCode)
    {
        if (Interlocked.Increment(ref _signals) > 1 || !CommandHonoursCancellation)
        {
            // The second signal (the user means it), or a command that cannot stop on a token: the signal's own
            // action ends the process as soon as this returns, with nothing of ours left half-written.
            AtomicFile.DeleteTemporaryFiles();
            context.Cancel = false;
            Raise(exitCode);
            return;
        }

        // Keep the process alive while the command unwinds on the token; it exits with 130 or 143 itself, unless it
        // is still running when the grace period ends.
        context.Cancel = true;
        Raise(exitCode);
        _deadline = new Timer(_ => EndNow(exitCode), null, GracePeriod, Timeout.InfiniteTimeSpan);
    }

    private static void EndNow(int exitCode)
    {
        AtomicFile.DeleteTemporaryFiles();
        Console.Error.WriteLine($"error: still running {GracePeriod.TotalSeconds:0} s after the signal; ended without finishing (no output written)");
        Environment.Exit(exitCode);
    }
}
