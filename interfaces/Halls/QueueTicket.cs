namespace Hub.Halls;

/// <summary>
/// A queue number: <c>Y</c> and three digits for a booked applicant (预约号), <c>P</c> for a walk-in, counted per queue
/// and day; who called it and when; and, while it waits, how many are ahead and about how long the wait is.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.QueueTicket")]
public sealed record QueueTicket(
    [property: Id(0)] string Number,
    [property: Id(1)] TicketStatus Status,
    [property: Id(2)] string MatterCode,
    [property: Id(3)] string CitizenIdMasked,
    [property: Id(4)] string? AppointmentId,
    [property: Id(5)] DateTimeOffset? SlotStart,
    [property: Id(6)] DateTimeOffset IssuedAt,
    [property: Id(7)] string? CalledBy,
    [property: Id(8)] DateTimeOffset? CalledAt,
    [property: Id(9)] DateTimeOffset? DoneAt,
    [property: Id(10)] int Ahead,
    [property: Id(11)] TimeSpan EstimatedWait);
