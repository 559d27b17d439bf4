using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// A task the hub sends to a department line on <c>hub.dispatch.&lt;dept&gt;</c>, keyed by case id.
/// Field numbers are part of the published contract: never reuse or renumber them.
/// </summary>
[ProtoContract(Name = "DispatchTask")]
public sealed class DispatchTask
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(4, Name = "department")]
    public string? Department { get; set; }

    [ProtoMember(5, Name = "stage")]
    public int Stage { get; set; }

    [ProtoMember(6, Name = "matter_code")]
    public string? MatterCode { get; set; }

    [ProtoMember(7, Name = "matter_name")]
    public string? MatterName { get; set; }

    /// <summary>12-digit division code of the node whose window took the case.</summary>
    [ProtoMember(8, Name = "receiving_node")]
    public string? ReceivingNode { get; set; }

    /// <summary>12-digit division code of the node competent to decide.</summary>
    [ProtoMember(9, Name = "handling_node")]
    public string? HandlingNode { get; set; }

    [ProtoMember(10, Name = "applicant")]
    public Applicant? Applicant { get; set; }

    [ProtoMember(11, Name = "materials")]
    public List<Material> Materials { get; } = [];

    /// <summary>yyyy-MM-dd.</summary>
    [ProtoMember(12, Name = "committed_deadline")]
    public string? CommittedDeadline { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    [ProtoMember(13, Name = "statutory_deadline")]
    public string? StatutoryDeadline { get; set; }

    /// <summary>True when the task comes back to the department after a supplement (补正).</summary>
    [ProtoMember(14, Name = "is_resubmission")]
    public bool IsResubmission { get; set; }

    /// <summary>How the case is handled: what the department may expect of originals and of the result's delivery.</summary>
    [ProtoMember(15, Name = "mode")]
    public HandlingMode Mode { get; set; }

    /// <summary>What this task is, when the catalogue names it (a 多地联办 task: 转出 at the former region, 转入 at the home one).</summary>
    [ProtoMember(16, Name = "task_name")]
    public string? TaskName { get; set; }
}
