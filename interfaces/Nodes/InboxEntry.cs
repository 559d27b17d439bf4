using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Nodes;

/// <summary>An open case in a node's inbox.</summary>
[GenerateSerializer, Immutable, Alias("hub.InboxEntry")]
public sealed record InboxEntry(
    [property: Id(0)] CaseId CaseId,
    [property: Id(1)] string MatterCode,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] DivisionCode ReceivingNode,
    [property: Id(4)] DateOnly CommittedDeadline,
    [property: Id(5)] DateTimeOffset UpdatedAt);
