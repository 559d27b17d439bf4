using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Halls;

/// <summary>
/// What a window asks of a person's appointment grain to book: where, what, when, and the applicant as they gave
/// themselves (real-name: the citizen ID passed its check before this was built). <see cref="Materials"/> are the codes
/// of the materials attached for the pre-check (网上预审).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.AppointmentBooking")]
public sealed record AppointmentBooking(
    [property: Id(0)] DivisionCode Node,
    [property: Id(1)] string MatterCode,
    [property: Id(2)] string MatterName,
    [property: Id(3)] DateOnly Date,
    [property: Id(4)] AppointmentSlot Slot,
    [property: Id(5)] string CitizenIdMasked,
    [property: Id(6)] string Name,
    [property: Id(7)] string? Phone,
    [property: Id(8)] NotifyBy Notify,
    [property: Id(9)] IReadOnlyList<string> Materials,
    [property: Id(10)] string BookedBy,
    [property: Id(11)] DivisionCode BookedAt,
    [property: Id(12)] string NodeName);
