using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// What moved an e-certificate, on the feed. The number is the national operation code (01 issue, 02 renew, 03
/// suspend, 04 expire, 05 cancel, 06 restore, 09 change); the three other kinds of 05 take 51 to 53. Zero means left out.
/// </summary>
[ProtoContract(Name = "CertificateOperation")]
public enum CertificateOperation
{
    [ProtoEnum(Name = "CERTIFICATE_OPERATION_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_ISSUE")]
    Issue = 1,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_RENEW")]
    Renew = 2,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_SUSPEND")]
    Suspend = 3,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_EXPIRE")]
    Expire = 4,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_CANCEL")]
    Cancel = 5,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_RESTORE")]
    Restore = 6,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_CHANGE")]
    Change = 9,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_REVOKE")]
    Revoke = 51,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_WITHDRAW")]
    Withdraw = 52,

    [ProtoEnum(Name = "CERTIFICATE_OPERATION_TRANSFER_OUT")]
    TransferOut = 53,
}
