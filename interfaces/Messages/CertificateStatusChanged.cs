using Hub.Certificates;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>
/// One state change of an e-certificate on <c>hub.certificate-events</c>, keyed by certificate id: its issue, each
/// operation, its expiry on the day it happens. <see cref="Sequence"/> counts per certificate from 1; the holder is masked.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateStatusChanged")]
public sealed record CertificateStatusChanged(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string CertificateId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] CertificateStatus Status,
    [property: Id(5)] CertificateOperation Operation,
    [property: Id(6)] string TypeCode,
    [property: Id(7)] string TypeName,
    [property: Id(8)] string IssuerCode,
    [property: Id(9)] string Department,
    [property: Id(10)] string HolderMasked,
    [property: Id(11)] string Actor,
    [property: Id(12)] string? Reason,
    [property: Id(13)] string? SourceEventId,
    [property: Id(14)] string? Replaces,
    [property: Id(15)] string? ReplacedBy,
    [property: Id(16)] CaseId? IssuingCase,
    [property: Id(17)] DateOnly? ValidTo);
