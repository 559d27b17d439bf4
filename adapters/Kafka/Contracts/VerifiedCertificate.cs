using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// An e-certificate as the hub verified it when a case named it instead of a paper material: its metadata (GB/T 36903),
/// its state on the day and the consent under which the applicant let it be used. Dates are <c>yyyy-MM-dd</c>.
/// </summary>
[ProtoContract(Name = "VerifiedCertificate")]
public sealed class VerifiedCertificate
{
    [ProtoMember(1, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    [ProtoMember(2, Name = "type_code")]
    public string? TypeCode { get; set; }

    [ProtoMember(3, Name = "type_name")]
    public string? TypeName { get; set; }

    [ProtoMember(4, Name = "number")]
    public string? Number { get; set; }

    [ProtoMember(5, Name = "issuer_name")]
    public string? IssuerName { get; set; }

    [ProtoMember(6, Name = "issuer_code")]
    public string? IssuerCode { get; set; }

    [ProtoMember(7, Name = "issued_on")]
    public string? IssuedOn { get; set; }

    [ProtoMember(8, Name = "valid_from")]
    public string? ValidFrom { get; set; }

    /// <summary>Empty when the certificate does not expire.</summary>
    [ProtoMember(9, Name = "valid_to")]
    public string? ValidTo { get; set; }

    [ProtoMember(10, Name = "holder_name")]
    public string? HolderName { get; set; }

    [ProtoMember(11, Name = "file_digest")]
    public string? FileDigest { get; set; }

    /// <summary>The state the hub read (valid, at a submission it accepted).</summary>
    [ProtoMember(12, Name = "status")]
    public CertificateStatus Status { get; set; }

    /// <summary>Unix time in milliseconds of the verification.</summary>
    [ProtoMember(13, Name = "verified_at")]
    public long VerifiedAt { get; set; }

    /// <summary>The applicant's consent: <c>method:reference</c>.</summary>
    [ProtoMember(14, Name = "consent")]
    public string? Consent { get; set; }
}
