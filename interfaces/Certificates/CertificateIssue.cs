using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>
/// A certificate a department line issues: its metadata, the event that issued it, the case that produced it (if any)
/// and, for a renewal or a change, the certificate it replaces (关联证照标识) and how.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateIssue")]
public sealed record CertificateIssue(
    [property: Id(0)] CertificateMetadata Metadata,
    [property: Id(1)] CertificateChange Issued,
    [property: Id(2)] CaseId? IssuingCase,
    [property: Id(3)] string? Replaces,
    [property: Id(4)] CertificateOperation? ReplacedHow);
