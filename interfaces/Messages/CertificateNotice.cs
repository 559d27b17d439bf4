using Hub.Certificates;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>
/// To a department line on <c>hub.dispatch.&lt;dept&gt;</c>, keyed by case id: a certificate the case named instead of a
/// paper material stopped being valid while the case is open.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateNotice")]
public sealed record CertificateNotice(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] CaseId CaseId,
    [property: Id(3)] string Department,
    [property: Id(4)] string CertificateId,
    [property: Id(5)] CertificateStatus Status,
    [property: Id(6)] string? Reason,
    [property: Id(7)] string? MaterialCode);
