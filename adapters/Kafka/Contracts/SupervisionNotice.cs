using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// What electronic supervision (电子监察) did about a case: a reminder the working day before the committed deadline, a
/// yellow or red card when the committed or statutory deadline ended undecided, a card cleared when the case was
/// decided, a task deemed accepted, a rectification (整改) after a bad rating opened or recorded. On <c>hub.supervision</c> and on the responsible department's
/// <c>hub.dispatch.&lt;dept&gt;</c>, keyed by case id. Field numbers are part of the published contract.
/// </summary>
[ProtoContract(Name = "SupervisionNotice")]
public sealed class SupervisionNotice
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(4, Name = "kind")]
    public SupervisionKind Kind { get; set; }

    [ProtoMember(5, Name = "matter_code")]
    public string? MatterCode { get; set; }

    [ProtoMember(6, Name = "receiving_node")]
    public string? ReceivingNode { get; set; }

    /// <summary>The case's handling node.</summary>
    [ProtoMember(7, Name = "handling_node")]
    public string? HandlingNode { get; set; }

    /// <summary>The department responsible; empty when a receiving window is.</summary>
    [ProtoMember(8, Name = "department")]
    public string? Department { get; set; }

    /// <summary>The deadline concerned, <c>yyyy-MM-dd</c> (for a rectification the day it is due by); empty for a deemed acceptance.</summary>
    [ProtoMember(9, Name = "deadline")]
    public string? Deadline { get; set; }

    [ProtoMember(10, Name = "detail")]
    public string? Detail { get; set; }

    /// <summary>For a card: what ran late — <c>committed-deadline</c>, <c>statutory-deadline</c>, <c>follow-up</c> or <c>rectification</c>.</summary>
    [ProtoMember(11, Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>
    /// The node the notice holds responsible (a card is raised against it, a rectification is owed by it): the handling
    /// node, or the receiving node when a bad rating blamed its window. Empty from publishers before this field: read the
    /// handling node then.
    /// </summary>
    [ProtoMember(12, Name = "responsible_node")]
    public string? ResponsibleNode { get; set; }
}
