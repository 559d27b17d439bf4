using Hub.Hotline;

namespace Hub.Messages;

/// <summary>
/// A work order's message to publish: its dispatch to the department, a change of its status for the work-order feed,
/// or a supervision notice (to the department and the feed); each with the order as it stood then.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.WorkOrderMessage")]
public sealed record WorkOrderMessage(
    [property: Id(0)] string EventId,
    [property: Id(1)] WorkOrderMessageKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] WorkOrderView Order,
    [property: Id(4)] WorkOrderNotice? Notice = null);

/// <summary>Which of a work order's messages.</summary>
public enum WorkOrderMessageKind
{
    /// <summary>To <c>hub.dispatch.&lt;dept&gt;</c>: the order for the department to handle.</summary>
    Dispatch = 1,

    /// <summary>To the work-order feed: the order's status changed.</summary>
    StatusChanged = 2,

    /// <summary>To the department and the feed: a reminder or a card.</summary>
    Notice = 3,
}
