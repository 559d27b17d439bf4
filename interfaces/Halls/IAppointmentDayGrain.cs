namespace Hub.Halls;

/// <summary>
/// The bookings of one matter at one node on one day (key <c>{node}/{matter}/{yyyy-MM-dd}</c>): it alone decides
/// whether a slot is full, and it gives each booking its number of the day, which makes the booking's id.
/// </summary>
[Alias("hub.IAppointmentDayGrain")]
public interface IAppointmentDayGrain : IGrainWithStringKey
{
    /// <summary>How many bookings each slot holds, by slot index.</summary>
    [Alias("Booked")]
    Task<IReadOnlyDictionary<int, int>> Booked();

    /// <summary>Takes a place in <paramref name="slot"/> for <paramref name="holder"/>; returns its number of the day, or throws <see cref="HallRuleCodes.SlotFull"/>.</summary>
    [Alias("Reserve")]
    Task<int> Reserve(AppointmentSlot slot, string holder);

    /// <summary>Frees the place numbered <paramref name="number"/>; a repeat changes nothing.</summary>
    [Alias("Release")]
    Task Release(int number);

    /// <summary>The holder grain key of the booking numbered <paramref name="number"/>, or null.</summary>
    [Alias("HolderOf")]
    Task<string?> HolderOf(int number);
}
