using Microsoft.Extensions.Logging;

namespace RowBench.Distributed.Workers;

/// <summary>
/// The one thing a worker says of Orleans' log: a TLS handshake it failed — a caller or silo that spoke no TLS or
/// presented no certificate — as one line, so that a refused peer is seen on the worker's side as on the caller's.
/// Everything else Orleans logs stays unsaid.
/// </summary>
internal sealed class TlsRefusalLog(TextWriter output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName.EndsWith("TlsServerConnectionMiddleware", StringComparison.Ordinal) ? new Refusals(output) : Silent.Instance;

    public void Dispose()
    {
    }

    private sealed class Refusals(TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // A rejected certificate was said already, by the pinning check; retries are said once in a while.
            if (IsEnabled(logLevel) && exception?.Message.Contains("RemoteCertificateValidationCallback", StringComparison.Ordinal) != true && RefusalThrottle.ShouldReport())
            {
                string reason = exception?.Message.Split('\n', 2)[0].Trim() ?? formatter(state, exception);
                output.WriteLine($"worker: refused a connection: the TLS handshake failed ({reason}); only a caller with the cluster's --tls-certificate gets in");
            }
        }
    }

    private sealed class Silent : ILogger
    {
        public static readonly Silent Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
