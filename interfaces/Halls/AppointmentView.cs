using Hub.Identifiers;

namespace Hub.Halls;

/// <summary>A booking as the hall's windows and the credential that made it see it: no full ID, no phone.</summary>
[GenerateSerializer, Immutable, Alias("hub.AppointmentView")]
public sealed record AppointmentView(
    [property: Id(0)] string Id,
    [property: Id(1)] AppointmentStatus Status,
    [property: Id(2)] DivisionCode Node,
    [property: Id(3)] string MatterCode,
    [property: Id(4)] string MatterName,
    [property: Id(5)] DateOnly Date,
    [property: Id(6)] AppointmentSlot Slot,
    [property: Id(7)] string CitizenIdMasked,
    [property: Id(8)] string Name,
    [property: Id(9)] IReadOnlyList<string> Materials,
    [property: Id(10)] DivisionCode BookedAt,
    [property: Id(11)] DateTimeOffset BookedOn,
    [property: Id(12)] DateTimeOffset? ClosedOn,
    [property: Id(13)] string? QueueNumber);
