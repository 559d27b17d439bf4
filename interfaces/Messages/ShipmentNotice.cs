using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>
/// To a case's department lines, on <c>hub.dispatch.&lt;dept&gt;</c>: the originals the matter requires have arrived at
/// the handling node (the courier's delivery or signature), so inspection can begin. Keyed by case id.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.ShipmentNotice")]
public sealed record ShipmentNotice(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] CaseId CaseId,
    [property: Id(3)] string Department,
    [property: Id(4)] ShipmentDirection Direction,
    [property: Id(5)] string Carrier,
    [property: Id(6)] string Waybill,
    [property: Id(7)] ShipmentEventKind Kind);
