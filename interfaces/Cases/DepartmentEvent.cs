namespace Hub.Cases;

/// <summary>
/// A decoded, well-formed department event for one case. <see cref="EventId"/> is unique per event
/// and makes redelivery harmless: a case applies each id at most once. <see cref="CertificateIds"/> only names results
/// kept elsewhere; an approval's <see cref="IssuedCertificates"/> are e-certificates the case issues to its applicant.
/// <see cref="Evidence"/> is what proves the event as the hub received it (the SHA-256 of its bytes, and the line's
/// signature over them when it signed), kept on the timeline entry the event makes.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.DepartmentEvent")]
public sealed record DepartmentEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Department,
    [property: Id(2)] DepartmentEventKind Kind,
    [property: Id(3)] DateTimeOffset OccurredAt,
    [property: Id(4)] string? Officer,
    [property: Id(5)] string? Reason,
    [property: Id(6)] IReadOnlyList<string> RequestedMaterials,
    [property: Id(7)] IReadOnlyList<string> CertificateIds,
    [property: Id(8)] IReadOnlyList<Certificates.CertificateToIssue>? IssuedCertificates = null,
    [property: Id(9)] int ExtensionDays = 0,
    [property: Id(10)] Identifiers.DivisionCode? Node = null,
    [property: Id(11)] string? Evidence = null);
