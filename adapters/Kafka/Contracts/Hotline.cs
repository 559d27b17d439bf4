using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// A 12345 work order, published by the hotline platform on <c>hotline.orders</c>, keyed by the order id (header
/// <c>hub-type: HotlineOrder</c>). The hub routes it by division and category to the competent node's department line
/// and watches its limit; an order it cannot read or route is a dead letter with its reason. Field numbers are part of
/// the published contract.
/// </summary>
[ProtoContract(Name = "HotlineOrder")]
public sealed class HotlineOrder
{
    [ProtoMember(1, Name = "order_id")]
    public string? OrderId { get; set; }

    /// <summary>Unix time in milliseconds: when the call came.</summary>
    [ProtoMember(2, Name = "received_at")]
    public long ReceivedAt { get; set; }

    [ProtoMember(3, Name = "kind")]
    public WorkOrderKind Kind { get; set; }

    /// <summary>The platform marked it urgent (紧急): it is due the day it came.</summary>
    [ProtoMember(4, Name = "urgent")]
    public bool Urgent { get; set; }

    /// <summary>The caller's number masked (138****5678); the hub refuses a full number.</summary>
    [ProtoMember(5, Name = "caller_masked")]
    public string? CallerMasked { get; set; }

    /// <summary>The division code (6, 9 or 12 digits) the order concerns.</summary>
    [ProtoMember(6, Name = "division")]
    public string? Division { get; set; }

    /// <summary>A category of the hub's routing table (social-insurance, wages, housing …).</summary>
    [ProtoMember(7, Name = "category")]
    public string? Category { get; set; }

    /// <summary>What the caller said, as the operator wrote it down.</summary>
    [ProtoMember(8, Name = "text")]
    public string? Text { get; set; }

    /// <summary>The case the order is about, if the caller named one; optional.</summary>
    [ProtoMember(9, Name = "case_id")]
    public string? CaseId { get; set; }

    /// <summary>
    /// A complaint that the case it names is taking too long (办理超时、拖延): it counts against the node handling that
    /// case in the statistics. Only for a complaint; without a case id it is an order like any other.
    /// </summary>
    [ProtoMember(10, Name = "about_delay")]
    public bool AboutDelay { get; set; }
}

/// <summary>The caller's satisfaction at the hotline's return visit (回访), on <c>hotline.orders</c>, keyed by the order id (header <c>hub-type: HotlineFeedback</c>).</summary>
[ProtoContract(Name = "HotlineFeedback")]
public sealed class HotlineFeedback
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    [ProtoMember(2, Name = "order_id")]
    public string? OrderId { get; set; }

    [ProtoMember(3, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(4, Name = "satisfaction")]
    public Satisfaction Satisfaction { get; set; }

    [ProtoMember(5, Name = "comment")]
    public string? Comment { get; set; }
}

/// <summary>A department's reply to a work order, on its <c>dept.&lt;dept&gt;.events</c>, keyed by the order id (header <c>hub-type: WorkOrderReply</c>).</summary>
[ProtoContract(Name = "WorkOrderReply")]
public sealed class WorkOrderReply
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    [ProtoMember(2, Name = "order_id")]
    public string? OrderId { get; set; }

    [ProtoMember(3, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    /// <summary>The department's answer to the caller (办理结果).</summary>
    [ProtoMember(4, Name = "text")]
    public string? Text { get; set; }
}

/// <summary>A work order for the department, on <c>hub.dispatch.&lt;dept&gt;</c>, keyed by the order id (header <c>hub-type: WorkOrderDispatch</c>).</summary>
[ProtoContract(Name = "WorkOrderDispatch")]
public sealed class WorkOrderDispatch
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    [ProtoMember(2, Name = "order_id")]
    public string? OrderId { get; set; }

    /// <summary>When the hub dispatched it, unix milliseconds.</summary>
    [ProtoMember(3, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(4, Name = "kind")]
    public WorkOrderKind Kind { get; set; }

    [ProtoMember(5, Name = "urgent")]
    public bool Urgent { get; set; }

    [ProtoMember(6, Name = "caller_masked")]
    public string? CallerMasked { get; set; }

    [ProtoMember(7, Name = "division")]
    public string? Division { get; set; }

    /// <summary>The competent node, 12 digits.</summary>
    [ProtoMember(8, Name = "node")]
    public string? Node { get; set; }

    [ProtoMember(9, Name = "node_name")]
    public string? NodeName { get; set; }

    [ProtoMember(10, Name = "category")]
    public string? Category { get; set; }

    [ProtoMember(11, Name = "category_name")]
    public string? CategoryName { get; set; }

    [ProtoMember(12, Name = "text")]
    public string? Text { get; set; }

    [ProtoMember(13, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(14, Name = "received_at")]
    public long ReceivedAt { get; set; }

    /// <summary>The China date (yyyy-MM-dd) it must be answered by.</summary>
    [ProtoMember(15, Name = "deadline")]
    public string? Deadline { get; set; }

    /// <summary>The deadline was counted through a year with no holiday notice loaded (weekends alone).</summary>
    [ProtoMember(16, Name = "provisional")]
    public bool Provisional { get; set; }
}

/// <summary>A work order's status changed, on <c>hub.work-orders</c>, keyed by the order id (header <c>hub-type: WorkOrderStatusChanged</c>).</summary>
[ProtoContract(Name = "WorkOrderStatusChanged")]
public sealed class WorkOrderStatusChanged
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    [ProtoMember(2, Name = "order_id")]
    public string? OrderId { get; set; }

    [ProtoMember(3, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(4, Name = "status")]
    public WorkOrderStatus Status { get; set; }

    [ProtoMember(5, Name = "kind")]
    public WorkOrderKind Kind { get; set; }

    [ProtoMember(6, Name = "node")]
    public string? Node { get; set; }

    [ProtoMember(7, Name = "department")]
    public string? Department { get; set; }

    [ProtoMember(8, Name = "category")]
    public string? Category { get; set; }

    [ProtoMember(9, Name = "deadline")]
    public string? Deadline { get; set; }

    /// <summary>Set once closed: the caller's satisfaction.</summary>
    [ProtoMember(10, Name = "satisfaction")]
    public Satisfaction Satisfaction { get; set; }

    /// <summary>A yellow or red card was raised before the reply.</summary>
    [ProtoMember(11, Name = "overdue")]
    public bool Overdue { get; set; }

    [ProtoMember(12, Name = "case_id")]
    public string? CaseId { get; set; }
}

/// <summary>
/// A work order's supervision notice, to the department on <c>hub.dispatch.&lt;dept&gt;</c> and on <c>hub.work-orders</c>,
/// keyed by the order id (header <c>hub-type: WorkOrderNotice</c>): the reminder on its last day, a yellow card when its
/// limit passed unanswered, a red card when still unanswered later.
/// </summary>
[ProtoContract(Name = "WorkOrderNotice")]
public sealed class WorkOrderNotice
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    [ProtoMember(2, Name = "order_id")]
    public string? OrderId { get; set; }

    [ProtoMember(3, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(4, Name = "kind")]
    public WorkOrderNoticeKind Kind { get; set; }

    /// <summary>The node responsible, 12 digits.</summary>
    [ProtoMember(5, Name = "node")]
    public string? Node { get; set; }

    [ProtoMember(6, Name = "department")]
    public string? Department { get; set; }

    [ProtoMember(7, Name = "deadline")]
    public string? Deadline { get; set; }

    [ProtoMember(8, Name = "detail")]
    public string? Detail { get; set; }
}

/// <summary>What a 12345 caller wanted.</summary>
[ProtoContract(Name = "WorkOrderKind")]
public enum WorkOrderKind
{
    [ProtoEnum(Name = "WORK_ORDER_KIND_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>咨询.</summary>
    [ProtoEnum(Name = "WORK_ORDER_KIND_CONSULTATION")]
    Consultation = 1,

    /// <summary>求助.</summary>
    [ProtoEnum(Name = "WORK_ORDER_KIND_HELP")]
    Help = 2,

    /// <summary>投诉.</summary>
    [ProtoEnum(Name = "WORK_ORDER_KIND_COMPLAINT")]
    Complaint = 3,

    /// <summary>建议.</summary>
    [ProtoEnum(Name = "WORK_ORDER_KIND_SUGGESTION")]
    Suggestion = 4,

    /// <summary>举报.</summary>
    [ProtoEnum(Name = "WORK_ORDER_KIND_REPORT")]
    Report = 5,
}

/// <summary>Where a work order stands.</summary>
[ProtoContract(Name = "WorkOrderStatus")]
public enum WorkOrderStatus
{
    [ProtoEnum(Name = "WORK_ORDER_STATUS_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "WORK_ORDER_STATUS_DISPATCHED")]
    Dispatched = 1,

    [ProtoEnum(Name = "WORK_ORDER_STATUS_REPLIED")]
    Replied = 2,

    [ProtoEnum(Name = "WORK_ORDER_STATUS_CLOSED")]
    Closed = 3,
}

/// <summary>The caller's satisfaction at the return visit.</summary>
[ProtoContract(Name = "Satisfaction")]
public enum Satisfaction
{
    [ProtoEnum(Name = "SATISFACTION_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>满意.</summary>
    [ProtoEnum(Name = "SATISFACTION_SATISFIED")]
    Satisfied = 1,

    /// <summary>基本满意.</summary>
    [ProtoEnum(Name = "SATISFACTION_BASICALLY_SATISFIED")]
    BasicallySatisfied = 2,

    /// <summary>不满意.</summary>
    [ProtoEnum(Name = "SATISFACTION_DISSATISFIED")]
    Dissatisfied = 3,
}

/// <summary>Which supervision moment of a work order.</summary>
[ProtoContract(Name = "WorkOrderNoticeKind")]
public enum WorkOrderNoticeKind
{
    [ProtoEnum(Name = "WORK_ORDER_NOTICE_KIND_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "WORK_ORDER_NOTICE_KIND_REMINDER")]
    Reminder = 1,

    [ProtoEnum(Name = "WORK_ORDER_NOTICE_KIND_YELLOW_CARD")]
    YellowCard = 2,

    [ProtoEnum(Name = "WORK_ORDER_NOTICE_KIND_RED_CARD")]
    RedCard = 3,
}
