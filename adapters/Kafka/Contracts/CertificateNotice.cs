using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// On <c>hub.dispatch.&lt;dept&gt;</c>, keyed by case id: an e-certificate a case named instead of paper stopped being
/// valid while the case is open (revoked, suspended, withdrawn …), so the department handling the case knows before
/// it decides. Sent to each department the case was dispatched to.
/// </summary>
[ProtoContract(Name = "CertificateNotice")]
public sealed class CertificateNotice
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(4, Name = "department")]
    public string? Department { get; set; }

    [ProtoMember(5, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(6, Name = "status")]
    public CertificateStatus Status { get; set; }

    [ProtoMember(7, Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The material of the case the certificate stood in for.</summary>
    [ProtoMember(8, Name = "material_code")]
    public string? MaterialCode { get; set; }
}
