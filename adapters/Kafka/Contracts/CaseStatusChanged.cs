using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// One status change of a case on <c>hub.case-events</c>, keyed by case id; <see cref="Sequence"/> counts per case from 1.
/// Field numbers are part of the published contract: never reuse or renumber them.
/// </summary>
[ProtoContract(Name = "CaseStatusChanged")]
public sealed class CaseStatusChanged
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(4, Name = "sequence")]
    public long Sequence { get; set; }

    [ProtoMember(5, Name = "status")]
    public CaseStatus Status { get; set; }

    [ProtoMember(6, Name = "matter_code")]
    public string? MatterCode { get; set; }

    [ProtoMember(7, Name = "receiving_node")]
    public string? ReceivingNode { get; set; }

    [ProtoMember(8, Name = "handling_node")]
    public string? HandlingNode { get; set; }

    [ProtoMember(9, Name = "actor")]
    public string? Actor { get; set; }

    [ProtoMember(10, Name = "detail")]
    public string? Detail { get; set; }
}
