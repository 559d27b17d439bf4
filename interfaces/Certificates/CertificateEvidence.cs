namespace Hub.Certificates;

/// <summary>
/// What the hub verified of an e-certificate that a submission named instead of a paper material: its metadata, its
/// state when verified, and the consent under which the applicant let it be used. It travels in the dispatch, so the
/// department needs no paper copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateEvidence")]
public sealed record CertificateEvidence(
    [property: Id(0)] string CertificateId,
    [property: Id(1)] CertificateMetadata Metadata,
    [property: Id(2)] CertificateStatus Status,
    [property: Id(3)] DateTimeOffset VerifiedAt,
    [property: Id(4)] string? Consent);
