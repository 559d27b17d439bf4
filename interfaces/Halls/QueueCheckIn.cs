namespace Hub.Halls;

/// <summary>
/// A check-in at a hall, for a matter's queue: the person by the keyed hash of their citizen ID (real-name, 实名排队)
/// and the ID masked, and, when they booked, the booking and when its slot starts.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.QueueCheckIn")]
public sealed record QueueCheckIn(
    [property: Id(0)] string Holder,
    [property: Id(1)] string CitizenIdMasked,
    [property: Id(2)] string? AppointmentId,
    [property: Id(3)] DateTimeOffset? SlotStart);
