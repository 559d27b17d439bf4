using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>What a holder's log entry records, on the wire; zero means left out.</summary>
[ProtoContract(Name = "CertificateUseKind")]
public enum CertificateUseKind
{
    [ProtoEnum(Name = "CERTIFICATE_USE_KIND_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "CERTIFICATE_USE_KIND_VERIFICATION")]
    Verification = 1,

    [ProtoEnum(Name = "CERTIFICATE_USE_KIND_USE")]
    Use = 2,

    [ProtoEnum(Name = "CERTIFICATE_USE_KIND_LOOKUP")]
    Lookup = 3,
}
