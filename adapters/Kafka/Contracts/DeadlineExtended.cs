using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// The department extended the statutory time limit of its task (延长期限, with its head's approval), by
/// <see cref="WorkingDays"/> working days, at most 10 in all (15 for joint handling); reason is required. Keyed by case id.
/// </summary>
[ProtoContract(Name = "DeadlineExtended")]
public sealed class DeadlineExtended
{
    [ProtoMember(1, Name = "reason")]
    public string? Reason { get; set; }

    [ProtoMember(2, Name = "working_days")]
    public int WorkingDays { get; set; }
}
