using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// The department line issued an e-certificate, keyed by its identifier: the metadata every certificate carries
/// (GB/T 36903, DESIGN §3) and, for a renewal or a change, the certificate it replaces and how. Dates are
/// <c>yyyy-MM-dd</c>; an empty <c>valid_to</c> means the certificate does not expire.
/// </summary>
[ProtoContract(Name = "CertificateIssued")]
public sealed class CertificateIssued
{
    /// <summary>The e-certificate identifier (GB/T 36904); also the message key.</summary>
    [ProtoMember(1, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    /// <summary>The 21-character type code; must be the one inside the identifier.</summary>
    [ProtoMember(2, Name = "type_code")]
    public string? TypeCode { get; set; }

    [ProtoMember(3, Name = "type_name")]
    public string? TypeName { get; set; }

    /// <summary>The printed certificate number (证照编号).</summary>
    [ProtoMember(4, Name = "number")]
    public string? Number { get; set; }

    [ProtoMember(5, Name = "issuer_name")]
    public string? IssuerName { get; set; }

    /// <summary>The issuing body's unified social credit code; must be the one inside the identifier.</summary>
    [ProtoMember(6, Name = "issuer_code")]
    public string? IssuerCode { get; set; }

    [ProtoMember(7, Name = "issued_on")]
    public string? IssuedOn { get; set; }

    [ProtoMember(8, Name = "valid_from")]
    public string? ValidFrom { get; set; }

    [ProtoMember(9, Name = "valid_to")]
    public string? ValidTo { get; set; }

    [ProtoMember(10, Name = "holder_name")]
    public string? HolderName { get; set; }

    /// <summary>The holder's citizen ID or credit code, as <see cref="HolderIdType"/> says.</summary>
    [ProtoMember(11, Name = "holder_id")]
    public string? HolderId { get; set; }

    [ProtoMember(12, Name = "holder_id_type")]
    public HolderIdType HolderIdType { get; set; }

    [ProtoMember(13, Name = "matter_code")]
    public string? MatterCode { get; set; }

    /// <summary>The division code (12 digits, or a shorter form) of the issuing body.</summary>
    [ProtoMember(14, Name = "issuing_division")]
    public string? IssuingDivision { get; set; }

    /// <summary>The digest of the certificate's file (OFD, GB/T 36905), e.g. <c>sha256:…</c>.</summary>
    [ProtoMember(15, Name = "file_digest")]
    public string? FileDigest { get; set; }

    /// <summary>For a renewal or a change: the identifier of the certificate this one replaces (关联证照标识).</summary>
    [ProtoMember(16, Name = "replaces")]
    public string? Replaces { get; set; }

    /// <summary>How this one replaces <see cref="Replaces"/>; set exactly when it is.</summary>
    [ProtoMember(17, Name = "replaced_how")]
    public CertificateReplacement ReplacedHow { get; set; }
}
