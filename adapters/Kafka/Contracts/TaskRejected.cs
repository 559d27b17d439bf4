using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department rejected the task, saying why.</summary>
[ProtoContract(Name = "TaskRejected")]
public sealed class TaskRejected
{
    [ProtoMember(1, Name = "reason")]
    public string? Reason { get; set; }
}
