using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department approved the task; it may name the e-certificates it issued.</summary>
[ProtoContract(Name = "TaskApproved")]
public sealed class TaskApproved
{
    [ProtoMember(1, Name = "certificate_ids")]
    public List<string> CertificateIds { get; } = [];

    [ProtoMember(2, Name = "remark")]
    public string? Remark { get; set; }
}
