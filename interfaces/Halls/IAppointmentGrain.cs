using Hub.Identifiers;

namespace Hub.Halls;

/// <summary>
/// One person's appointments for one matter at one node, keyed by a keyed hash of the three (so that the grain's key
/// names nobody): it holds at most one open booking (the rule "one per person, matter and node" lives here), and its
/// outbox tells the applicant.
/// </summary>
[Alias("hub.IAppointmentGrain")]
public interface IAppointmentGrain : IGrainWithStringKey, Messages.IOutboxGrain
{
    /// <summary>Books <paramref name="booking"/>; throws <see cref="HallRuleCodes.AlreadyBooked"/> (naming the open one) or <see cref="HallRuleCodes.SlotFull"/>.</summary>
    [Alias("Book")]
    Task<AppointmentView> Book(AppointmentBooking booking);

    /// <summary>Cancels booking <paramref name="id"/> and frees its slot; a repeat changes nothing. <paramref name="caller"/> is the asking window's node.</summary>
    [Alias("Cancel")]
    Task<AppointmentView> Cancel(string id, DivisionCode caller);

    /// <summary>Records the check-in of booking <paramref name="id"/> with its queue number; a repeat changes nothing.</summary>
    [Alias("CheckIn")]
    Task<AppointmentView> CheckIn(string id, string queueNumber);

    /// <summary>
    /// Booking <paramref name="id"/>, as a window of <paramref name="caller"/> may see it: the hall's own windows and the
    /// node that booked it do; anyone else gets <see cref="HallRuleCodes.NotFound"/>, as for no such booking.
    /// </summary>
    [Alias("Get")]
    Task<AppointmentView> Get(string id, DivisionCode caller);
}
