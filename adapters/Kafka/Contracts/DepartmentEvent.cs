using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// What a department reports, on <c>dept.&lt;dept&gt;.events</c>: about its task of a case (fields 10 to 13 and 21, keyed by
/// case id), or about an e-certificate it issued (fields 14 to 18, keyed by certificate id; <c>case_id</c> may then
/// name the case that produced an issued certificate, and is otherwise empty). Exactly one body must be set.
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

    /// <summary>The case; required for a case's events, optional for a certificate's.</summary>
    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    /// <summary>The department slug; must be the one of the topic the event arrives on.</summary>
    [ProtoMember(4, Name = "department")]
    public string? Department { get; set; }

    [ProtoMember(5, Name = "officer")]
    public string? Officer { get; set; }

    /// <summary>
    /// The node whose department acts, as the task's <c>DispatchTask.handling_node</c>. Optional; it picks the task when a
    /// 多地联办 case has tasks of this department at two nodes, and an event naming a node the case sent no task to is refused.
    /// </summary>
    [ProtoMember(6, Name = "handling_node")]
    public string? HandlingNode { get; set; }

    [ProtoMember(10, Name = "accepted")]
    public TaskAccepted? Accepted { get; set; }

    [ProtoMember(11, Name = "supplement_requested")]
    public SupplementRequested? SupplementRequested { get; set; }

    [ProtoMember(12, Name = "approved")]
    public TaskApproved? Approved { get; set; }

    [ProtoMember(13, Name = "rejected")]
    public TaskRejected? Rejected { get; set; }

    [ProtoMember(14, Name = "certificate_issued")]
    public CertificateIssued? CertificateIssued { get; set; }

    [ProtoMember(15, Name = "certificate_suspended")]
    public CertificateSuspended? CertificateSuspended { get; set; }

    [ProtoMember(16, Name = "certificate_restored")]
    public CertificateRestored? CertificateRestored { get; set; }

    [ProtoMember(17, Name = "certificate_revoked")]
    public CertificateRevoked? CertificateRevoked { get; set; }

    [ProtoMember(18, Name = "certificate_cancelled")]
    public CertificateCancelled? CertificateCancelled { get; set; }

    [ProtoMember(19, Name = "certificate_withdrawn")]
    public CertificateWithdrawn? CertificateWithdrawn { get; set; }

    [ProtoMember(20, Name = "certificate_transferred_out")]
    public CertificateTransferredOut? CertificateTransferredOut { get; set; }

    /// <summary>A case's task: its statutory limit extended.</summary>
    [ProtoMember(21, Name = "deadline_extended")]
    public DeadlineExtended? DeadlineExtended { get; set; }
}
