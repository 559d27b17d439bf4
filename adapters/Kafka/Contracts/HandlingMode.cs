using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>How a case is handled across regions (国办发〔2020〕35号), as its dispatch tells the department.</summary>
[ProtoContract(Name = "HandlingMode")]
public enum HandlingMode
{
    [ProtoEnum(Name = "HANDLING_MODE_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>全程网办: online end to end; no originals are posted, the result goes out electronically or by post.</summary>
    [ProtoEnum(Name = "HANDLING_MODE_FULLY_ONLINE")]
    FullyOnline = 1,

    /// <summary>异地代收代办: the receiving window checked identity and form; originals come by post; the result goes back by post or to that window.</summary>
    [ProtoEnum(Name = "HANDLING_MODE_PROXY_RECEIPT")]
    ProxyReceipt = 2,

    /// <summary>多地联办: several departments (or nodes) each handle a part, in stages.</summary>
    [ProtoEnum(Name = "HANDLING_MODE_JOINT_HANDLING")]
    JointHandling = 3,
}
