using Hub.Identifiers;

namespace Hub.Hotline;

/// <summary>
/// A work order as the hub holds it: the order, where it was routed (node, department line, category), its limit
/// (the China date it must be answered by, or for an urgent order the end of the day it came), where it stands, the
/// reply and the satisfaction, the supervision notices raised, its steps, and its round: 2 and on once a dissatisfied
/// caller sent it back to the department (重办).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.WorkOrderView")]
public sealed record WorkOrderView(
    [property: Id(0)] HotlineOrder Order,
    [property: Id(1)] DivisionCode Node,
    [property: Id(2)] string NodeName,
    [property: Id(3)] string Department,
    [property: Id(4)] string CategoryName,
    [property: Id(5)] DateOnly Deadline,
    [property: Id(6)] bool Provisional,
    [property: Id(7)] WorkOrderStatus Status,
    [property: Id(8)] WorkOrderReply? Reply,
    [property: Id(9)] WorkOrderFeedback? Feedback,
    [property: Id(10)] IReadOnlyList<WorkOrderNotice> Notices,
    [property: Id(11)] IReadOnlyList<WorkOrderStep> Steps,
    [property: Id(12)] int Round = 1);

/// <summary>A supervision notice of a work order: a reminder or a card, when, and against which node and department.</summary>
[GenerateSerializer, Immutable, Alias("hub.WorkOrderNotice")]
public sealed record WorkOrderNotice(
    [property: Id(0)] string EventId,
    [property: Id(1)] WorkOrderNoticeKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Detail,
    [property: Id(4)] int Round = 1);

/// <summary>One step of a work order: what happened, when, and in words.</summary>
[GenerateSerializer, Immutable, Alias("hub.WorkOrderStep")]
public sealed record WorkOrderStep(
    [property: Id(0)] string Step,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Detail);
