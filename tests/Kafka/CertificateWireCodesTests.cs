using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

/// <summary>The certificate states, operations and log kinds on the wire carry the national codes, name for name.</summary>
public sealed class CertificateWireCodesTests
{
    [Fact]
    public void EveryHubValue_HasTheWireValueOfTheSameNameAndNumber()
    {
        AssertSame<Hub.Certificates.CertificateStatus, Wire.CertificateStatus>();
        AssertSame<Hub.Certificates.CertificateOperation, Wire.CertificateOperation>();
        AssertSame<Hub.Certificates.CertificateUseKind, Wire.CertificateUseKind>();
    }

    [Fact]
    public void NationalCodes_AreTheWireNumbers()
    {
        Assert.Equal((1, 3, 7, 99), ((int)Wire.CertificateStatus.Valid, (int)Wire.CertificateStatus.Revoked, (int)Wire.CertificateStatus.Withdrawn, (int)Wire.CertificateStatus.Other));
        Assert.Equal((1, 2, 4, 6, 9), ((int)Wire.CertificateOperation.Issue, (int)Wire.CertificateOperation.Renew, (int)Wire.CertificateOperation.Expire, (int)Wire.CertificateOperation.Restore, (int)Wire.CertificateOperation.Change));
    }

    private static void AssertSame<THub, TWire>()
        where THub : struct, Enum
        where TWire : struct, Enum
    {
        var wire = Enum.GetValues<TWire>().Where(v => Convert.ToInt32(v) != 0).ToDictionary(v => v.ToString(), v => Convert.ToInt32(v));
        var hub = Enum.GetValues<THub>().ToDictionary(v => v.ToString(), v => Convert.ToInt32(v));
        Assert.Equal(hub.OrderBy(p => p.Key), wire.OrderBy(p => p.Key));
    }
}
