using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>How a certificate's holder is identified; zero means the sender left it out.</summary>
[ProtoContract(Name = "HolderIdType")]
public enum HolderIdType
{
    [ProtoEnum(Name = "HOLDER_ID_TYPE_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>A person, by citizen ID (GB 11643).</summary>
    [ProtoEnum(Name = "HOLDER_ID_TYPE_CITIZEN_ID")]
    CitizenId = 1,

    /// <summary>An organisation, by unified social credit code (GB 32100).</summary>
    [ProtoEnum(Name = "HOLDER_ID_TYPE_CREDIT_CODE")]
    CreditCode = 2,
}
