using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>
/// A certificate as a verifier sees it: its state as of <see cref="AsOf"/> (expiry is computed when read, by the
/// calendar date in China), its metadata with the holder masked, what it replaced and what replaced it, its history.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateView")]
public sealed record CertificateView(
    [property: Id(0)] string CertificateId,
    [property: Id(1)] CertificateStatus Status,
    [property: Id(2)] DateOnly AsOf,
    [property: Id(3)] CertificateMetadata Metadata,
    [property: Id(4)] string HolderMasked,
    [property: Id(5)] string? Replaces,
    [property: Id(6)] string? ReplacedBy,
    [property: Id(7)] CaseId? IssuingCase,
    [property: Id(8)] IReadOnlyList<CertificateHistoryEntry> History);
