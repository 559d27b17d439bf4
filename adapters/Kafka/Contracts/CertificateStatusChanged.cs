using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// One state change of an e-certificate on <c>hub.certificate-events</c>, keyed by certificate id: its issue, each
/// operation, and its expiry on the day it happens. <see cref="Sequence"/> counts per certificate from 1. The holder is
/// masked. Field numbers are part of the published contract: never reuse or renumber them.
/// </summary>
[ProtoContract(Name = "CertificateStatusChanged")]
public sealed class CertificateStatusChanged
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(4, Name = "sequence")]
    public long Sequence { get; set; }

    [ProtoMember(5, Name = "status")]
    public CertificateStatus Status { get; set; }

    [ProtoMember(6, Name = "operation")]
    public CertificateOperation Operation { get; set; }

    [ProtoMember(7, Name = "type_code")]
    public string? TypeCode { get; set; }

    [ProtoMember(8, Name = "type_name")]
    public string? TypeName { get; set; }

    [ProtoMember(9, Name = "issuer_code")]
    public string? IssuerCode { get; set; }

    /// <summary>The department line that issued the certificate.</summary>
    [ProtoMember(10, Name = "department")]
    public string? Department { get; set; }

    /// <summary>The holder's id, masked (e.g. <c>1101**********0014</c>).</summary>
    [ProtoMember(11, Name = "holder_masked")]
    public string? HolderMasked { get; set; }

    /// <summary><c>department:&lt;dept&gt;[/&lt;officer&gt;]</c>, or <c>hub</c> for an expiry.</summary>
    [ProtoMember(12, Name = "actor")]
    public string? Actor { get; set; }

    [ProtoMember(13, Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The department event that made the change; empty for an expiry.</summary>
    [ProtoMember(14, Name = "source_event_id")]
    public string? SourceEventId { get; set; }

    [ProtoMember(15, Name = "replaces")]
    public string? Replaces { get; set; }

    [ProtoMember(16, Name = "replaced_by")]
    public string? ReplacedBy { get; set; }

    /// <summary>The case that issued the certificate, if any.</summary>
    [ProtoMember(17, Name = "issuing_case")]
    public string? IssuingCase { get; set; }

    [ProtoMember(18, Name = "valid_to")]
    public string? ValidTo { get; set; }
}
