using Hub.Identifiers;

namespace Hub.Hotline;

/// <summary>
/// A 12345 work order as the hotline platform filed it: its id, when the call came, what kind and whether urgent, the
/// caller masked (the platform keeps the number), the division it concerns, the platform's category, what was said, and
/// the case it names, if any, and whether a complaint is about that case's delay.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.HotlineOrder")]
public sealed record HotlineOrder(
    [property: Id(0)] string OrderId,
    [property: Id(1)] DateTimeOffset ReceivedAt,
    [property: Id(2)] WorkOrderKind Kind,
    [property: Id(3)] bool Urgent,
    [property: Id(4)] string CallerMasked,
    [property: Id(5)] DivisionCode Division,
    [property: Id(6)] string Category,
    [property: Id(7)] string Text,
    [property: Id(8)] CaseId? CaseId,
    [property: Id(9)] bool AboutDelay = false);

/// <summary>A department's reply to a work order (办理结果).</summary>
[GenerateSerializer, Immutable, Alias("hub.WorkOrderReply")]
public sealed record WorkOrderReply(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string Department,
    [property: Id(3)] string Text);

/// <summary>The caller's satisfaction, taken by the hotline's return visit (回访).</summary>
[GenerateSerializer, Immutable, Alias("hub.WorkOrderFeedback")]
public sealed record WorkOrderFeedback(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] Satisfaction Satisfaction,
    [property: Id(3)] string? Comment);
