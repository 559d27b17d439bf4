using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>A task the hub sends to a department line on <c>hub.dispatch.&lt;dept&gt;</c>, keyed by case id.</summary>
[GenerateSerializer, Immutable, Alias("hub.DispatchOrder")]
public sealed record DispatchOrder(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] CaseId CaseId,
    [property: Id(3)] string Department,
    [property: Id(4)] int Stage,
    [property: Id(5)] string MatterCode,
    [property: Id(6)] string MatterName,
    [property: Id(7)] DivisionCode ReceivingNode,
    [property: Id(8)] DivisionCode HandlingNode,
    [property: Id(9)] Applicant Applicant,
    [property: Id(10)] IReadOnlyList<Material> Materials,
    [property: Id(11)] DateOnly CommittedDeadline,
    [property: Id(12)] DateOnly StatutoryDeadline,
    [property: Id(13)] bool IsResubmission,
    [property: Id(14)] HandlingMode Mode = HandlingMode.ProxyReceipt,
    [property: Id(15)] string? TaskName = null);
