using Hub.Identifiers;
using Hub.Messages;
using Hub.Outbox;
using Hub.Timers;

namespace Hub.Hotline;

/// <summary>A work order as stored: the order, its route and limit, where it stands, its notices and steps, its messages to publish and its next moment.</summary>
[GenerateSerializer, Alias("hub.WorkOrderState")]
public sealed class WorkOrderState : IOutboxState, IDueState
{
    [Id(0)]
    public HotlineOrder? Order { get; set; }

    [Id(1)]
    public DivisionCode Node { get; set; }

    [Id(2)]
    public string NodeName { get; set; } = string.Empty;

    [Id(3)]
    public string Department { get; set; } = string.Empty;

    [Id(4)]
    public string CategoryName { get; set; } = string.Empty;

    [Id(5)]
    public DateOnly Deadline { get; set; }

    [Id(6)]
    public bool Provisional { get; set; }

    [Id(7)]
    public WorkOrderStatus Status { get; set; }

    [Id(8)]
    public WorkOrderReply? Reply { get; set; }

    [Id(9)]
    public WorkOrderFeedback? Feedback { get; set; }

    [Id(10)]
    public List<WorkOrderNotice> Notices { get; set; } = [];

    [Id(11)]
    public List<WorkOrderStep> Steps { get; set; } = [];

    [Id(12)]
    public List<OutboxMessage> Outbox { get; set; } = [];

    [Id(13)]
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>1, and one more each time a dissatisfied return visit sent the order back.</summary>
    [Id(14)]
    public int Round { get; set; } = 1;

    /// <summary>The ids of the replies and return visits applied, so that a redelivered one changes nothing in any round.</summary>
    [Id(15)]
    public HashSet<string> Applied { get; set; } = new(StringComparer.Ordinal);

    public WorkOrderView View() => new(
        Order!, Node, NodeName, Department, CategoryName, Deadline, Provisional, Status, Reply, Feedback, [.. Notices], [.. Steps], Round);
}
