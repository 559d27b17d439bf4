using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// One entry of a holder's log on <c>hub.certificate-events</c>, keyed by the certificate id (or, for a lookup of the
/// holder's own log, by the holder key): a verification, a use instead of paper, or a lookup. The holder grain keeps
/// the newest entries; the feed carries all of them. The holder appears only as <see cref="HolderKey"/>, the keyed
/// hash the hub files them under, never their id.
/// </summary>
[ProtoContract(Name = "CertificateUsed")]
public sealed class CertificateUsed
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    /// <summary>Empty for a lookup, which reads all of the holder's certificates.</summary>
    [ProtoMember(3, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(4, Name = "holder_key")]
    public string? HolderKey { get; set; }

    [ProtoMember(5, Name = "kind")]
    public CertificateUseKind Kind { get; set; }

    /// <summary><c>window:&lt;id&gt;</c> of the window that verified, used or looked up.</summary>
    [ProtoMember(6, Name = "actor")]
    public string? Actor { get; set; }

    /// <summary>The 12-digit division code of that window's node.</summary>
    [ProtoMember(7, Name = "node")]
    public string? Node { get; set; }

    [ProtoMember(8, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(9, Name = "matter_code")]
    public string? MatterCode { get; set; }

    [ProtoMember(10, Name = "purpose")]
    public string? Purpose { get; set; }

    /// <summary>The consent it was done under: <c>method:reference</c>.</summary>
    [ProtoMember(11, Name = "consent")]
    public string? Consent { get; set; }
}
