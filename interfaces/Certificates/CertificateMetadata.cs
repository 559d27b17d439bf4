using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>
/// What every e-certificate carries (GB/T 36903, DESIGN §3). The hub keeps the metadata and the digest of the file
/// (OFD, GB/T 36905), never the file. <see cref="HolderId"/> is kept in full for the holder check and shown masked.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateMetadata")]
public sealed record CertificateMetadata(
    [property: Id(0)] string TypeCode,
    [property: Id(1)] string TypeName,
    [property: Id(2)] string Number,
    [property: Id(3)] string IssuerName,
    [property: Id(4)] string IssuerCode,
    [property: Id(5)] DateOnly IssuedOn,
    [property: Id(6)] DateOnly ValidFrom,
    [property: Id(7)] DateOnly? ValidTo,
    [property: Id(8)] string HolderName,
    [property: Id(9)] string HolderId,
    [property: Id(10)] HolderIdType HolderIdType,
    [property: Id(11)] string? MatterCode,
    [property: Id(12)] DivisionCode IssuingDivision,
    [property: Id(13)] string FileDigest);
