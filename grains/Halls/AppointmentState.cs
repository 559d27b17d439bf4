using Hub.Messages;
using Hub.Outbox;

namespace Hub.Halls;

/// <summary>One person's bookings of one matter at one node, newest last, with the notifications still to publish.</summary>
[GenerateSerializer, Alias("hub.AppointmentState")]
public sealed class AppointmentState : IOutboxState
{
    [Id(0)]
    public List<AppointmentRecord> Bookings { get; set; } = [];

    [Id(1)]
    public List<OutboxMessage> Outbox { get; set; } = [];
}

/// <summary>One booking as stored: what was booked, where it stands, and when it was made and closed.</summary>
[GenerateSerializer, Alias("hub.AppointmentRecord")]
public sealed class AppointmentRecord
{
    [Id(0)]
    public string Id { get; set; } = string.Empty;

    [Id(1)]
    public AppointmentBooking Booking { get; set; } = null!;

    [Id(2)]
    public AppointmentStatus Status { get; set; }

    [Id(3)]
    public DateTimeOffset BookedOn { get; set; }

    [Id(4)]
    public DateTimeOffset? ClosedOn { get; set; }

    [Id(5)]
    public string? QueueNumber { get; set; }

    public AppointmentView View() => new(
        Id, Status, Booking.Node, Booking.MatterCode, Booking.MatterName, Booking.Date, Booking.Slot, Booking.CitizenIdMasked,
        Booking.Name, Booking.Materials, Booking.BookedAt, BookedOn, ClosedOn, QueueNumber);
}
