using System.Globalization;
using Hub.Api;
using Hub.Calendars;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Windows;

namespace Hub.Halls;

/// <summary>
/// The window API for appointments (预约): a hall's free slots, booking, reading a booking with its pre-check, and
/// cancelling. A window books for the applicant before it, an online hall for its user; the hall's windows see what
/// was booked with them.
/// </summary>
public static class AppointmentEndpoints
{
    private const int MostDays = 31;
    private const int FreeSlotsOffered = 5;

    public static RouteGroupBuilder MapAppointmentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/nodes/{code}/slots", Slots).WithTags("Appointments")
            .WithSummary("A hall's bookable slots for a matter over its coming working days, with the places booked and free.")
            .Produces<SlotsResponse>().ProducesValidationProblem();
        var appointments = api.MapGroup("/appointments").WithTags("Appointments");
        appointments.MapPost("/", Book).WithSummary("Book a slot for an applicant, real-name; one open booking per person, matter and hall.")
            .Produces<AppointmentResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        appointments.MapGet("/{id}", Get).WithSummary("A booking, with its pre-check: the required materials still missing.")
            .Produces<AppointmentResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        appointments.MapPost("/{id}/cancellation", Cancel).WithSummary("Cancel a booking, given the citizen ID it was booked with; a resend changes nothing.")
            .Produces<AppointmentResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Slots(string code, string? matter, string? from, string? days, BookingReader reader, HallSchedules schedules,
        HolidayCalendar calendar, HubClock time, IGrainFactory grains, NodeRegistry registry)
    {
        var errors = new InputErrors();
        var node = reader.ReadHall(code, "code", errors);
        var found = reader.ReadMatter(matter, "matter", errors);
        var today = HallClock.Today(time.GetUtcNow());
        var start = today;
        if (from is not null && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            errors.Add("from", $"'{from}' is no day; write it as yyyy-MM-dd (from=2026-12-07), or leave it out for today.");
        }

        var count = Math.Min(schedules.BookingDays + 1, 7);
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MostDays))
        {
            errors.Add("days", $"'{days}' is not a number of days from 1 to {MostDays}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var list = new List<SlotDay>();
        foreach (var day in BookableDays(start < today ? today : start, count, today, schedules, calendar))
        {
            list.Add(await DayOf(node!.Value, found!.Code, day, reader, schedules, grains));
        }

        return Results.Ok(new SlotsResponse(NodeRef.From(node!.Value, registry), found!.Code, found.Name, list));
    }

    private static async Task<IResult> Book(BookAppointmentRequest request, HttpContext http, BookingReader reader, HallSchedules schedules,
        HolidayCalendar calendar, HubClock time, IGrainFactory grains, NodeRegistry registry, MatterCatalogue catalogue)
    {
        var (booking, holder, problem) = reader.Read(request, http.Window());
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var view = await grains.GetGrain<IAppointmentGrain>(holder!).Book(booking!);
            return Results.Created($"/api/appointments/{view.Id}", AppointmentResponse.From(view, registry, catalogue));
        }
        catch (HallRuleException full) when (full.Code == HallRuleCodes.SlotFull)
        {
            var free = await NextFree(booking!, reader, schedules, calendar, time, grains);
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The slot is full",
                detail: free.Count == 0
                    ? $"{full.Message} No slot of the next {schedules.BookingDays} days is free either."
                    : $"{full.Message} The next free: {string.Join(", ", free.Select(f => $"{f.Date:yyyy-MM-dd} {f.Slot}"))}.",
                extensions: new Dictionary<string, object?> { ["code"] = HallRuleCodes.SlotFull, ["nextFree"] = free });
        }
    }

    private static async Task<IResult> Get(string id, HttpContext http, IGrainFactory grains, NodeRegistry registry, MatterCatalogue catalogue)
    {
        if (!AppointmentId.TryParse(id, out var parsed, out var error))
        {
            return InputErrors.Single("id", error);
        }

        var holder = await grains.GetGrain<IAppointmentDayGrain>(parsed.DayKey).HolderOf(parsed.Number)
            ?? throw new HallRuleException(HallRuleCodes.NotFound, $"There is no booking {id} this window may see.");
        var view = await grains.GetGrain<IAppointmentGrain>(holder).Get(parsed.ToString(), http.Window().Node);
        return Results.Ok(AppointmentResponse.From(view, registry, catalogue));
    }

    private static async Task<IResult> Cancel(string id, CancelAppointmentRequest body, HttpContext http, BookingReader reader, IGrainFactory grains,
        NodeRegistry registry, MatterCatalogue catalogue)
    {
        var errors = new InputErrors();
        if (!AppointmentId.TryParse(id, out var parsed, out var error))
        {
            errors.Add("id", error);
        }

        var citizenId = BookingReader.ReadCitizenId(body.CitizenId, "citizenId", errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var holder = await grains.GetGrain<IAppointmentDayGrain>(parsed.DayKey).HolderOf(parsed.Number)
            ?? throw new HallRuleException(HallRuleCodes.NotFound, $"There is no booking {id} this window may see.");
        var window = http.Window().Node;
        if (holder != reader.HolderOf(parsed.Node, parsed.MatterCode, citizenId!))
        {
            // Whether the booking exists is told only to a window that may see it.
            await grains.GetGrain<IAppointmentGrain>(holder).Get(parsed.ToString(), window);
            throw new HallRuleException(HallRuleCodes.NotTheHolder, $"Booking {id} was not made with this citizen ID; only the person who booked it cancels it.");
        }

        var view = await grains.GetGrain<IAppointmentGrain>(holder).Cancel(parsed.ToString(), window);
        return Results.Ok(AppointmentResponse.From(view, registry, catalogue));
    }

    // The free slots after the one asked for, the soonest first, within the days the hall books.
    private static async Task<List<FreeSlot>> NextFree(AppointmentBooking booking, BookingReader reader, HallSchedules schedules,
        HolidayCalendar calendar, HubClock time, IGrainFactory grains)
    {
        var today = HallClock.Today(time.GetUtcNow());
        var free = new List<FreeSlot>();
        foreach (var day in BookableDays(booking.Date, schedules.BookingDays + 1, today, schedules, calendar))
        {
            var figures = await DayOf(booking.Node, booking.MatterCode, day, reader, schedules, grains);
            var slots = schedules.SlotsOf(booking.Node);
            for (var i = 0; i < figures.Slots.Count && free.Count < FreeSlotsOffered; i++)
            {
                var s = figures.Slots[i];
                if (s.Open && s.Free > 0 && (day > booking.Date || slots[i].Index > booking.Slot.Index))
                {
                    free.Add(new FreeSlot(day, s.Slot, s.Free));
                }
            }

            if (free.Count >= FreeSlotsOffered)
            {
                break;
            }
        }

        return free;
    }

    private static async Task<SlotDay> DayOf(DivisionCode node, string matter, DateOnly day, BookingReader reader, HallSchedules schedules, IGrainFactory grains)
    {
        var booked = await grains.GetGrain<IAppointmentDayGrain>(AppointmentId.DayKeyOf(node, matter, day)).Booked();
        return new SlotDay(day, [.. schedules.SlotsOf(node).Select(s =>
        {
            var taken = booked.GetValueOrDefault(s.Index);
            return new SlotFigures(s.Text, s.Capacity, taken, Math.Max(0, s.Capacity - taken), reader.DayProblem(day, s) is null);
        })]);
    }

    // The working days from start, at most count of them, none beyond the hall's reach.
    private static IEnumerable<DateOnly> BookableDays(DateOnly start, int count, DateOnly today, HallSchedules schedules, HolidayCalendar calendar)
    {
        var current = calendar.Current;
        for (var day = start; day <= today.AddDays(schedules.BookingDays) && count > 0; day = day.AddDays(1))
        {
            if (current.HasNotice(day.Year) && current.IsWorkingDay(day))
            {
                count--;
                yield return day;
            }
        }
    }
}
