using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RowBench.Harness.Distributed;

/// <summary><c>--gateways HOST:PORT</c>: an address or a host name, and a port.</summary>
internal static class Gateways
{
    /// <summary>Why one of <paramref name="gateways"/> is not HOST:PORT, in one line; null when all are.</summary>
    public static string? Problem(IEnumerable<string> gateways) =>
        gateways.Select(gateway => Split(gateway) is null ? $"--gateways: '{gateway}' is not HOST:PORT, such as 10.0.0.5:30000." : null).FirstOrDefault(problem => problem is not null);

    /// <summary>The gateways as endpoints, host names looked up (their first IPv4 address).</summary>
    /// <exception cref="Cli.UsageException">A host name cannot be found.</exception>
    public static IPEndPoint[] Resolve(IEnumerable<string> gateways) => [.. gateways.Select(gateway =>
    {
        (string host, int port) = Split(gateway) ?? throw new Cli.UsageException($"--gateways: '{gateway}' is not HOST:PORT.");
        if (IPAddress.TryParse(host, out IPAddress? address))
        {
            return new IPEndPoint(address, port);
        }

        try
        {
            IPAddress[] addresses = Dns.GetHostAddresses(host);
            return new IPEndPoint(addresses.FirstOrDefault(candidate => candidate.AddressFamily == AddressFamily.InterNetwork) ?? addresses[0], port);
        }
        catch (Exception ex) when (ex is SocketException or IndexOutOfRangeException)
        {
            throw new Cli.UsageException($"--gateways: the host '{host}' cannot be found.");
        }
    })];

    private static (string Host, int Port)? Split(string gateway)
    {
        int colon = gateway.LastIndexOf(':');
        return colon > 0 && int.TryParse(gateway.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and < 65_536
            ? (gateway[..colon].Trim('[', ']'), port)
            : null;
    }
}
