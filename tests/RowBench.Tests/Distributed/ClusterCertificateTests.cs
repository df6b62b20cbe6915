using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;
using RowBench.Distributed;
using RowBench.Distributed.Workers;
using RowBench.Tests.TestDoubles;

namespace RowBench.Tests.Distributed;

/// <summary>The cluster's certificate: loaded by path, with its key, and pinned — only the same certificate gets in.</summary>
public class ClusterCertificateTests
{
    [Fact]
    public void Configure_ThePeerPresentsTheSameCertificate_IsAcceptedAndAnyOtherRefused()
    {
        using var directory = new TempDirectory();
        ClusterCertificate cluster = ClusterCertificate.Load(WritePem(directory, "cluster.pem", "rowbench-cluster"));
        using X509Certificate2 stranger = SelfSigned("rowbench-cluster");
        var options = new TlsOptions();
        var refusals = new List<string>();

        cluster.Configure(options, refusals.Add);

        Assert.True(options.RemoteCertificateValidation!(cluster.Certificate, null, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors));
        // The same name is not enough: the certificate itself is pinned.
        Assert.False(options.RemoteCertificateValidation!(stranger, null, System.Net.Security.SslPolicyErrors.None));
        Assert.Equal(RemoteCertificateMode.RequireCertificate, options.ClientCertificateMode);
        Assert.Equal(RemoteCertificateMode.RequireCertificate, options.RemoteCertificateMode);
    }

    [Fact]
    public void Load_ACertificateWithoutItsKey_SaysSo()
    {
        using var directory = new TempDirectory();
        using X509Certificate2 certificate = SelfSigned("no-key");
        string path = directory.Write("public.pem", certificate.ExportCertificatePem());

        DistributedClusterException error = Assert.Throws<DistributedClusterException>(() => ClusterCertificate.Load(path));

        Assert.StartsWith($"--tls-certificate {path}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoSuchFile_NamesIt()
    {
        DistributedClusterException error = Assert.Throws<DistributedClusterException>(() => ClusterCertificate.Load("/no/such/cluster.pfx"));

        Assert.StartsWith("--tls-certificate /no/such/cluster.pfx: cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static string WritePem(TempDirectory directory, string name, string subject)
    {
        using X509Certificate2 certificate = SelfSigned(subject);
        using RSA key = certificate.GetRSAPrivateKey()!;
        return directory.Write(name, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
    }
}
