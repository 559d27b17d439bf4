using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The state of an e-certificate on the wire; the number is the national code (01 valid … 07 withdrawn, 99 other). Zero means left out.</summary>
[ProtoContract(Name = "CertificateStatus")]
public enum CertificateStatus
{
    [ProtoEnum(Name = "CERTIFICATE_STATUS_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_VALID")]
    Valid = 1,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_SUSPENDED")]
    Suspended = 2,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_REVOKED")]
    Revoked = 3,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_CANCELLED")]
    Cancelled = 4,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_EXPIRED")]
    Expired = 5,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_TRANSFERRED_OUT")]
    TransferredOut = 6,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_WITHDRAWN")]
    Withdrawn = 7,

    [ProtoEnum(Name = "CERTIFICATE_STATUS_OTHER")]
    Other = 99,
}
