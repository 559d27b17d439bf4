using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>
/// What supervision did about a case, on <c>hub.supervision</c> (keyed by case id) and on the responsible department's
/// <c>hub.dispatch.&lt;dept&gt;</c> (none when a receiving window is responsible): a reminder, a card raised or cleared
/// (with what ran late, <see cref="Cases.SupervisionCard.Reason"/>), a task deemed accepted, a rectification opened or
/// recorded.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.SupervisionNotice")]
public sealed record SupervisionNotice(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] CaseId CaseId,
    [property: Id(3)] SupervisionKind Kind,
    [property: Id(4)] string MatterCode,
    [property: Id(5)] DivisionCode ReceivingNode,
    [property: Id(6)] DivisionCode HandlingNode,
    [property: Id(7)] string Department,
    [property: Id(8)] DateOnly? Deadline,
    [property: Id(9)] string Detail,
    [property: Id(10)] string Reason = "",
    [property: Id(11)] DivisionCode? ResponsibleNode = null)
{
    /// <summary>The node the notice holds responsible: the handling node, unless a rectification names the receiving one.</summary>
    public DivisionCode Responsible => ResponsibleNode ?? HandlingNode;
}
