using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// What a department reports about its task of a case, on <c>dept.&lt;dept&gt;.events</c> keyed by case id.
/// Exactly one body (fields 10 to 13) must be set; fields 14 and up are reserved for certificate events.
/// Field numbers are part of the published contract: never reuse or renumber them.
/// </summary>
[ProtoContract(Name = "DepartmentEvent")]
public sealed class DepartmentEvent
{
    /// <summary>Unique per event; the hub applies each id at most once.</summary>
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    /// <summary>The department slug; must be the one of the topic the event arrives on.</summary>
    [ProtoMember(4, Name = "department")]
    public string? Department { get; set; }

    [ProtoMember(5, Name = "officer")]
    public string? Officer { get; set; }

    [ProtoMember(10, Name = "accepted")]
    public TaskAccepted? Accepted { get; set; }

    [ProtoMember(11, Name = "supplement_requested")]
    public SupplementRequested? SupplementRequested { get; set; }

    [ProtoMember(12, Name = "approved")]
    public TaskApproved? Approved { get; set; }

    [ProtoMember(13, Name = "rejected")]
    public TaskRejected? Rejected { get; set; }
}
