using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RowBench.Harness.Shared;

/// <summary>Runs a program to its end with its output in a log file, and kills it (and its children) if this process is stopped.</summary>
internal static class ChildProcess
{
    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/>; returns its exit code.</summary>
    public static int Run(string program, IReadOnlyList<string> arguments, string workingDirectory, string logFile, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        log.WriteLine($"$ {program} {string.Join(' ', arguments)}");
        using var process = new Process { StartInfo = start };
        object gate = new();
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) { lock (gate) { log.WriteLine(line.Data); } } };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) { lock (gate) { log.WriteLine(line.Data); } } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Ctrl+C or SIGTERM of ab ends the launch too, rather than leaving a benchmark process running.
        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Kill(process));
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Kill(process));
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Runs a program and returns its standard output, or null when it fails.</summary>
    public static string? Capture(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = errors.GetAwaiter().GetResult();
        return process.ExitCode == 0 ? output.Trim() : null;
    }

    /// <summary>As <see cref="Capture"/>, and null as well when the program cannot be started (git not installed).</summary>
    public static string? TryCapture(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        try
        {
            return Capture(program, arguments, workingDirectory);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already ended.
        }
    }
}
