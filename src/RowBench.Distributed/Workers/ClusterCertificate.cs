using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace RowBench.Distributed.Workers;

/// <summary>
/// The certificate a cluster's harness and workers share, given by path: every connection between them is mutual TLS
/// in which each side presents it and accepts only a peer that presents the same one (pinned by thumbprint, so a
/// self-signed certificate made for the cluster is all it takes). A caller or silo without it is refused; the cluster
/// id alone, which is on every worker's command line, lets nobody in. The file is PKCS#12 (.pfx/.p12, its password
/// from <see cref="PasswordVariable"/>) or PEM with the certificate and its private key.
/// </summary>
public sealed class ClusterCertificate
{
    /// <summary>The variable a PKCS#12 file's password comes from: never a command line.</summary>
    public const string PasswordVariable = "ROWBENCH_TLS_PASSWORD";

    private ClusterCertificate(string path, X509Certificate2 certificate)
    {
        Path = path;
        Certificate = certificate;
    }

    /// <summary>The file, as given.</summary>
    public string Path { get; }

    /// <summary>The certificate with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="DistributedClusterException">It is missing, unreadable, or has no private key.</exception>
    public static ClusterCertificate Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        X509Certificate2 certificate;
        try
        {
            certificate = File.ReadAllText(path).Contains("-----BEGIN", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPemFile(path, path)
                : X509CertificateLoader.LoadPkcs12FromFile(path, Environment.GetEnvironmentVariable(PasswordVariable));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new DistributedClusterException($"--tls-certificate {path}: cannot be read as a certificate with its private key ({ex.Message.TrimEnd('.')})", ex);
        }

        return certificate.HasPrivateKey
            ? new ClusterCertificate(path, certificate)
            : throw new DistributedClusterException($"--tls-certificate {path}: has no private key; the harness and workers each prove they hold it");
    }

    /// <summary>
    /// Mutual TLS, pinned to this certificate, for a silo or a client; <paramref name="refused"/> hears of a peer
    /// turned away (at most one in <see cref="RefusalThrottle.Quiet"/>: a refused caller retries many times a second).
    /// </summary>
    public void Configure(TlsOptions options, Action<string>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        string thumbprint = Certificate.Thumbprint;
        string host = Certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        options.LocalCertificate = Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (remote, _, _) =>
        {
            bool same = string.Equals(remote.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase);
            if (!same && refused is not null && RefusalThrottle.ShouldReport())
            {
                refused.Invoke($"refused a connection: its certificate ({remote.Subject}, {remote.Thumbprint}) is not the cluster's");
            }

            return same;
        };
        options.OnAuthenticateAsClient = (_, client) => client.TargetHost = host;
    }
}
