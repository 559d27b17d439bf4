namespace Hub.Halls;

/// <summary>
/// The bookings of one matter at one node on one day. It alone counts a slot's places, so two applicants booking its
/// last place at once cannot both get it: the second is refused as full.
/// </summary>
public sealed class AppointmentDayGrain(
    [PersistentState("appointment-day", "halls")] IPersistentState<AppointmentDayState> state) : Grain, IAppointmentDayGrain
{
    public Task<IReadOnlyDictionary<int, int>> Booked() => Task.FromResult<IReadOnlyDictionary<int, int>>(
        state.State.Bookings.Where(b => !b.Released).GroupBy(b => b.Slot).ToDictionary(g => g.Key, g => g.Count()));

    public async Task<int> Reserve(AppointmentSlot slot, string holder)
    {
        // A resend of the same booking (a lost answer) gets the place it already has.
        if (state.State.Bookings.Find(b => !b.Released && b.Holder == holder && b.Slot == slot.Index) is { } held)
        {
            return held.Number;
        }

        if (state.State.Bookings.Count(b => !b.Released && b.Slot == slot.Index) >= slot.Capacity)
        {
            throw new HallRuleException(HallRuleCodes.SlotFull, $"The slot {slot.Text} is full: its {slot.Capacity} places are booked.");
        }

        var booking = new DayBooking { Number = state.State.Bookings.Count + 1, Slot = slot.Index, Holder = holder };
        state.State.Bookings.Add(booking);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Bookings.Remove(booking);
            throw;
        }

        return booking.Number;
    }

    public async Task Release(int number)
    {
        if (state.State.Bookings.Find(b => b.Number == number) is { Released: false } booking)
        {
            booking.Released = true;
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                booking.Released = false;
                throw;
            }
        }
    }

    public Task<string?> HolderOf(int number) => Task.FromResult(state.State.Bookings.Find(b => b.Number == number)?.Holder);
}
