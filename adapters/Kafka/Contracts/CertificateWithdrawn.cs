using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department line withdrew the certificate as a penalty (吊销); reason is required. Keyed by the certificate id; the officer is the event's own.</summary>
[ProtoContract(Name = "CertificateWithdrawn")]
public sealed class CertificateWithdrawn
{
    [ProtoMember(1, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(2, Name = "reason")]
    public string? Reason { get; set; }
}
