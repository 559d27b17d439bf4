using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department accepted the task (受理).</summary>
[ProtoContract(Name = "TaskAccepted")]
public sealed class TaskAccepted
{
}
