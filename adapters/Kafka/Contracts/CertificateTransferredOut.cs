using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department line transferred the certificate out to another authority (转出), e.g. when the holder moved; reason is required. Keyed by the certificate id; the officer is the event's own.</summary>
[ProtoContract(Name = "CertificateTransferredOut")]
public sealed class CertificateTransferredOut
{
    [ProtoMember(1, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(2, Name = "reason")]
    public string? Reason { get; set; }
}
