using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department line restored the certificate after a suspension (恢复). Keyed by the certificate id; the officer is the event's own.</summary>
[ProtoContract(Name = "CertificateRestored")]
public sealed class CertificateRestored
{
    [ProtoMember(1, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(2, Name = "reason")]
    public string? Reason { get; set; }
}
