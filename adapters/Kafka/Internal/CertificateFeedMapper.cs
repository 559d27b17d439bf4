using Hub.Messages;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps the certificate feed (<c>hub.certificate-events</c>) and the notices to departments to the wire.</summary>
internal static class CertificateFeedMapper
{
    public static Wire.CertificateStatusChanged ToWire(CertificateStatusChanged change) => new()
    {
        EventId = change.EventId,
        OccurredAt = WireTime.ToUnixMs(change.OccurredAt),
        CertificateId = change.CertificateId,
        Sequence = change.Sequence,
        Status = CertificateStatusMapper.ToWire(change.Status),
        Operation = CertificateStatusMapper.ToWire(change.Operation),
        TypeCode = change.TypeCode,
        TypeName = change.TypeName,
        IssuerCode = change.IssuerCode,
        Department = change.Department,
        HolderMasked = change.HolderMasked,
        Actor = change.Actor,
        Reason = change.Reason,
        SourceEventId = change.SourceEventId,
        Replaces = change.Replaces,
        ReplacedBy = change.ReplacedBy,
        IssuingCase = change.IssuingCase?.Value,
        ValidTo = change.ValidTo is { } to ? WireTime.ToWire(to) : null,
    };

    public static Wire.CertificateUsed ToWire(CertificateUsed used) => new()
    {
        EventId = used.EventId,
        OccurredAt = WireTime.ToUnixMs(used.Use.At),
        CertificateId = used.Use.CertificateId,
        HolderKey = used.HolderKey,
        Kind = CertificateStatusMapper.ToWire(used.Use.Kind),
        Actor = used.Use.Actor,
        Node = used.Use.Node?.ToString(),
        CaseId = used.Use.CaseId?.Value,
        MatterCode = used.Use.MatterCode,
        Purpose = used.Use.Purpose,
        Consent = used.Use.Consent,
    };

    public static Wire.CertificateNotice ToWire(CertificateNotice notice) => new()
    {
        EventId = notice.EventId,
        OccurredAt = WireTime.ToUnixMs(notice.OccurredAt),
        CaseId = notice.CaseId.Value,
        Department = notice.Department,
        CertificateId = notice.CertificateId,
        Status = CertificateStatusMapper.ToWire(notice.Status),
        Reason = notice.Reason,
        MaterialCode = notice.MaterialCode,
    };
}
