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

    // The case's figures after this change, for statistics (fields 11 to 20). A sender before them leaves them empty.

    /// <summary>The department lines the case was dispatched to (each task's department, once).</summary>
    [ProtoMember(11, Name = "departments")]
    public List<string> Departments { get; } = [];

    /// <summary>The day the case was received, in China, <c>yyyy-MM-dd</c>.</summary>
    [ProtoMember(12, Name = "received_on")]
    public string? ReceivedOn { get; set; }

    /// <summary>The committed deadline (承诺时限) in force, <c>yyyy-MM-dd</c>.</summary>
    [ProtoMember(13, Name = "committed_deadline")]
    public string? CommittedDeadline { get; set; }

    /// <summary>The statutory deadline (法定时限) in force, <c>yyyy-MM-dd</c>.</summary>
    [ProtoMember(14, Name = "statutory_deadline")]
    public string? StatutoryDeadline { get; set; }

    /// <summary>The day the case was decided (approved or rejected), <c>yyyy-MM-dd</c>; empty while undecided.</summary>
    [ProtoMember(15, Name = "decided_on")]
    public string? DecidedOn { get; set; }

    /// <summary>Whether the decision came by the committed deadline in force; meaningful only with <see cref="DecidedOn"/>.</summary>
    [ProtoMember(16, Name = "on_time_committed")]
    public bool OnTimeCommitted { get; set; }

    /// <summary>Whether the decision came by the statutory deadline in force; meaningful only with <see cref="DecidedOn"/>.</summary>
    [ProtoMember(17, Name = "on_time_statutory")]
    public bool OnTimeStatutory { get; set; }

    /// <summary>Working days from receipt to decision, less those a supplement was awaited; meaningful only with <see cref="DecidedOn"/>.</summary>
    [ProtoMember(18, Name = "working_days_to_decide")]
    public int WorkingDaysToDecide { get; set; }

    /// <summary>The rating (好差评) 1 (非常不满意) to 5 (非常满意); 0 while unrated.</summary>
    [ProtoMember(19, Name = "rating")]
    public int Rating { get; set; }

    /// <summary>The day the case was rated, <c>yyyy-MM-dd</c>; empty while unrated.</summary>
    [ProtoMember(20, Name = "rated_on")]
    public string? RatedOn { get; set; }

    /// <summary>
    /// True when the change counts for exactly what the case's change before it counted for (the same lines, received
    /// day, decision and rating: only the status, a deadline or the detail moved); a reader that counts may pass it by.
    /// False on the first change and on any that counts for something new.
    /// </summary>
    [ProtoMember(21, Name = "counts_as_before")]
    public bool CountsAsBefore { get; set; }
}
