using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>One material of a case: the catalogue's material code and a reference to the stored file or paper original, or the e-certificate that stands in for it.</summary>
[ProtoContract(Name = "Material")]
public sealed class Material
{
    [ProtoMember(1, Name = "code")]
    public string? Code { get; set; }

    [ProtoMember(2, Name = "reference")]
    public string? Reference { get; set; }

    /// <summary>The e-certificate (GB/T 36904 identifier) that stands in for the paper material, verified by the hub at submission.</summary>
    [ProtoMember(3, Name = "certificate_id")]
    public string? CertificateId { get; set; }

    /// <summary>On a dispatch: what the hub verified of <see cref="CertificateId"/> at submission, so no paper copy is needed.</summary>
    [ProtoMember(4, Name = "certificate")]
    public VerifiedCertificate? Certificate { get; set; }
}
