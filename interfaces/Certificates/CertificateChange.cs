namespace Hub.Certificates;

/// <summary>
/// An operation on a certificate, as a department line sends it: which operation, its event id (applied once), who
/// (the department line and its officer), when, and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateChange")]
public sealed record CertificateChange(
    [property: Id(0)] string EventId,
    [property: Id(1)] CertificateOperation Operation,
    [property: Id(2)] string Department,
    [property: Id(3)] string? Officer,
    [property: Id(4)] DateTimeOffset OccurredAt,
    [property: Id(5)] string? Reason);
