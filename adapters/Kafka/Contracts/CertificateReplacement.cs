using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>How a new certificate replaces an old one; zero means it replaces none.</summary>
[ProtoContract(Name = "CertificateReplacement")]
public enum CertificateReplacement
{
    [ProtoEnum(Name = "CERTIFICATE_REPLACEMENT_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>02 延续: a renewal.</summary>
    [ProtoEnum(Name = "CERTIFICATE_REPLACEMENT_RENEW")]
    Renew = 1,

    /// <summary>09 变更: a change.</summary>
    [ProtoEnum(Name = "CERTIFICATE_REPLACEMENT_CHANGE")]
    Change = 2,
}
