using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>
/// A certificate a department's approval issues with the decision: its identifier and the issue, whose event id is
/// derived from the approval's (<c>&lt;event_id&gt;/certificates/&lt;index&gt;</c>), so that a resent approval issues it once.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateToIssue")]
public sealed record CertificateToIssue(
    [property: Id(0)] CertificateId Id,
    [property: Id(1)] CertificateIssue Issue);
