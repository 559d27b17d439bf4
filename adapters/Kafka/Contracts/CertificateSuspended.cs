using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department line suspended the certificate (暂扣); reason is required. Keyed by the certificate id; the officer is the event's own.</summary>
[ProtoContract(Name = "CertificateSuspended")]
public sealed class CertificateSuspended
{
    [ProtoMember(1, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(2, Name = "reason")]
    public string? Reason { get; set; }
}
