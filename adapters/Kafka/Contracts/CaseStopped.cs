using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// On <c>hub.dispatch.&lt;dept&gt;</c>, keyed by case id: a case this department line had a task of stopped before its end —
/// the applicant withdrew it, or another of its tasks was rejected, so the whole application (a 一件事 bundle, a 多地联办
/// case) fails. Sent to every department line the case was dispatched to, except the one whose rejection stopped it.
/// Field numbers are part of the published contract.
/// </summary>
[ProtoContract(Name = "CaseStopped")]
public sealed class CaseStopped
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    /// <summary>The department line told: the topic's.</summary>
    [ProtoMember(4, Name = "department")]
    public string? Department { get; set; }

    /// <summary>The node of this department's task, as in its DispatchTask.</summary>
    [ProtoMember(5, Name = "handling_node")]
    public string? HandlingNode { get; set; }

    /// <summary>The stage of this department's task.</summary>
    [ProtoMember(6, Name = "stage")]
    public int Stage { get; set; }

    [ProtoMember(7, Name = "cause")]
    public CaseStopCause Cause { get; set; }

    /// <summary>For TASK_REJECTED: the department whose task was rejected, and its node.</summary>
    [ProtoMember(8, Name = "failed_department")]
    public string? FailedDepartment { get; set; }

    [ProtoMember(9, Name = "failed_node")]
    public string? FailedNode { get; set; }

    /// <summary>In words: which task failed and why, or the applicant's reason for withdrawing.</summary>
    [ProtoMember(10, Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>True: this department's task was still open and is cancelled, stop work on it. False: it was decided, and the decision stands.</summary>
    [ProtoMember(11, Name = "task_cancelled")]
    public bool TaskCancelled { get; set; }
}

/// <summary>Why a case stopped before its end.</summary>
[ProtoContract(Name = "CaseStopCause")]
public enum CaseStopCause
{
    [ProtoEnum(Name = "CASE_STOP_CAUSE_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>The applicant withdrew the case.</summary>
    [ProtoEnum(Name = "CASE_STOP_CAUSE_WITHDRAWN")]
    Withdrawn = 1,

    /// <summary>Another task of the case was rejected.</summary>
    [ProtoEnum(Name = "CASE_STOP_CAUSE_TASK_REJECTED")]
    TaskRejected = 2,
}
