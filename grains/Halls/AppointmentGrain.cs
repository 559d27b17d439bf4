using Hub.Cases;
using Hub.Identifiers;
using Hub.Messages;
using Hub.Outbox;

namespace Hub.Halls;

/// <summary>
/// One person's appointments for one matter at one node. It holds at most one open booking — booked, and its slot not
/// yet over — takes the place from the day's grain, and writes the applicant's notification with the booking.
/// </summary>
public sealed class AppointmentGrain(
    [PersistentState(AppointmentGrain.StateName, "halls")] IPersistentState<AppointmentState> state,
    HubClock time) : OutboxGrain<AppointmentState>, IAppointmentGrain
{
    /// <summary>The name the appointment state is stored under.</summary>
    public const string StateName = "appointment";

    // The bookings kept per person, matter and node; older ones are closed and only add to the state.
    private const int KeepBookings = 20;

    protected override IPersistentState<AppointmentState> OutboxState => state;

    protected override string OutboxStateName => StateName;

    public async Task<AppointmentView> Book(AppointmentBooking booking)
    {
        if (state.State.Bookings.Find(IsOpen) is { } open)
        {
            // A resend of the same booking gets the same answer; any other is a second one.
            if (open.Booking.Date == booking.Date && open.Booking.Slot.Index == booking.Slot.Index)
            {
                return open.View();
            }

            throw new HallRuleException(HallRuleCodes.AlreadyBooked,
                $"This person already holds booking {open.Id} for {open.Booking.MatterName} here, on {When(open.Booking)}; cancel it before booking another.",
                open.Id);
        }

        var day = GrainFactory.GetGrain<IAppointmentDayGrain>(AppointmentId.DayKeyOf(booking.Node, booking.MatterCode, booking.Date));
        var number = await day.Reserve(booking.Slot, this.GetPrimaryKeyString());
        var record = new AppointmentRecord
        {
            Id = new AppointmentId(booking.Node, booking.Date, number, booking.MatterCode).ToString(),
            Booking = booking,
            Status = AppointmentStatus.Booked,
            BookedOn = time.GetUtcNow(),
        };
        state.State.Bookings.Add(record);
        if (state.State.Bookings.Count > KeepBookings)
        {
            state.State.Bookings.RemoveAt(0);
        }

        Notify(record, NotificationCodes.AppointmentBooked, new NotificationParameter("hall", booking.NodeName));
        try
        {
            await WriteAsync();
        }
        catch
        {
            // Nothing was booked: give the place back, or the slot would count a booking nobody holds.
            await day.Release(number);
            throw;
        }

        return record.View();
    }

    public async Task<AppointmentView> Cancel(string id, DivisionCode caller)
    {
        var record = Find(id, caller);
        if (record.Status == AppointmentStatus.Booked)
        {
            if (!IsOpen(record))
            {
                throw new HallRuleException(HallRuleCodes.NotOpen, $"Booking {id} was for {When(record.Booking)}, which is over; there is nothing to cancel.");
            }

            record.Status = AppointmentStatus.Cancelled;
            record.ClosedOn = time.GetUtcNow();
            Notify(record, NotificationCodes.AppointmentCancelled);
            await WriteAsync();
        }
        else if (record.Status == AppointmentStatus.CheckedIn)
        {
            throw new HallRuleException(HallRuleCodes.NotOpen, $"Booking {id} was checked in with number {record.QueueNumber}; it cannot be cancelled.");
        }

        // Also on a repeat: a cancellation whose release failed frees the place when it is sent again.
        if (AppointmentId.TryParse(id, out var parsed, out _))
        {
            await GrainFactory.GetGrain<IAppointmentDayGrain>(parsed.DayKey).Release(parsed.Number);
        }

        return record.View();
    }

    public async Task<AppointmentView> CheckIn(string id, string queueNumber)
    {
        var record = state.State.Bookings.Find(b => b.Id == id) ?? throw NotFound(id);
        if (record.Status == AppointmentStatus.CheckedIn)
        {
            return record.View();
        }

        if (record.Status == AppointmentStatus.Cancelled)
        {
            throw new HallRuleException(HallRuleCodes.NotOpen, $"Booking {id} was cancelled; check in without it, as a walk-in.");
        }

        record.Status = AppointmentStatus.CheckedIn;
        record.ClosedOn = time.GetUtcNow();
        record.QueueNumber = queueNumber;
        await WriteAsync();
        return record.View();
    }

    public Task<AppointmentView> Get(string id, DivisionCode caller) => Task.FromResult(Find(id, caller).View());

    private AppointmentRecord Find(string id, DivisionCode caller) =>
        state.State.Bookings.Find(b => b.Id == id) is { } record && (record.Booking.Node == caller || record.Booking.BookedAt == caller)
            ? record
            : throw NotFound(id);

    private bool IsOpen(AppointmentRecord record) =>
        record.Status == AppointmentStatus.Booked && HallClock.End(record.Booking.Date, record.Booking.Slot) > time.GetUtcNow();

    private static string When(AppointmentBooking booking) => $"{booking.Date:yyyy-MM-dd} {booking.Slot.Text}";

    private static HallRuleException NotFound(string id) =>
        new(HallRuleCodes.NotFound, $"There is no booking {id} this window may see.");

    // The applicant's notification, unless they declined or gave no number; its id is the booking's, then what it says.
    private void Notify(AppointmentRecord record, string code, params NotificationParameter[] more)
    {
        var booking = record.Booking;
        if (booking.Notify == NotifyBy.None || booking.Phone is not { } phone)
        {
            return;
        }

        var when = $"{booking.Date.Year}年{booking.Date.Month}月{booking.Date.Day}日 {booking.Slot.Text}";
        state.State.Outbox.Add(new OutboxMessage(null, null, Notification: new ApplicantNotification(
            $"{record.Id}/notice/{code}", time.GetUtcNow(), default, booking.Notify, MobileNumber.Mask(phone), code,
            [new("appointmentId", record.Id), new("matter", booking.MatterName), .. more, new("time", when)], record.Id)));
    }
}
