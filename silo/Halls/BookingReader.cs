using System.Globalization;
using Hub.Api;
using Hub.Calendars;
using Hub.Cases;
using Hub.Catalogue;
using Hub.Certificates;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Windows;

namespace Hub.Halls;

/// <summary>
/// Checks a booking request field by field — the hall, the matter, a working day within reach, one of the hall's slots,
/// a real-name applicant — and builds what the person's appointment grain books; never lets a half-checked one through.
/// </summary>
public sealed class BookingReader(NodeRegistry registry, MatterCatalogue catalogue, HolidayCalendar calendar, HallSchedules schedules, HolderKeys keys, HubClock time)
{
    /// <summary>The booking and its grain key, or the problem to answer (400 for bad fields, 422 for a day that cannot be booked).</summary>
    public (AppointmentBooking? Booking, string? Holder, IResult? Problem) Read(BookAppointmentRequest request, Window window)
    {
        var errors = new InputErrors();
        var node = ReadHall(request.Node, "node", errors);
        var matter = ReadMatter(request.Matter, "matter", errors);
        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(request.Date)
            || !DateOnly.TryParseExact(request.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add("date", $"'{request.Date}' is no day; write it as yyyy-MM-dd, such as 2026-12-07.");
        }

        AppointmentSlot? slot = null;
        if (node is { } hall)
        {
            var slots = schedules.SlotsOf(hall);
            slot = slots.FirstOrDefault(s => s.Text == request.Slot?.Trim());
            if (slot is null)
            {
                errors.Add("slot", $"'{request.Slot}' is none of this hall's slots; it has {string.Join(", ", slots.Select(s => s.Text))}.");
            }
        }

        var applicant = request.Applicant;
        string? citizenId = null;
        if (applicant is null)
        {
            errors.Add("applicant", "Required: the applicant's citizenId and name, and their phone for the confirmation.");
        }
        else
        {
            citizenId = ReadCitizenId(applicant.CitizenId, "applicant.citizenId", errors);
            if (string.IsNullOrWhiteSpace(applicant.Name))
            {
                errors.Add("applicant.name", "Required: the applicant's name as on their ID card.");
            }
        }

        var (phone, notify) = ReadContact(applicant, errors);
        var materials = new List<string>();
        for (var i = 0; i < (request.Materials?.Count ?? 0); i++)
        {
            var code = request.Materials![i]?.Trim();
            if (matter is null)
            {
                break;
            }

            if (string.IsNullOrEmpty(code) || !matter.Materials.Any(m => m.Code == code))
            {
                errors.Add($"materials[{i}]", $"'{code}' is no material of {matter.Code}; its materials are {string.Join(", ", matter.Materials.Select(m => m.Code))}.");
            }
            else if (!materials.Contains(code))
            {
                materials.Add(code);
            }
        }

        if (errors.Any)
        {
            return (null, null, errors.ToProblem());
        }

        if (DayProblem(date, slot!) is { } problem)
        {
            return (null, null, InputErrors.Single("date", problem, StatusCodes.Status422UnprocessableEntity, "not-bookable"));
        }

        var booking = new AppointmentBooking(
            node!.Value, matter!.Code, matter.Name, date, slot!, PersonalData.Mask(citizenId), applicant!.Name!.Trim(), phone, notify,
            materials, window.Id, window.Node, registry.FullNameOf(node.Value));
        return (booking, HolderOf(node.Value, matter.Code, citizenId!), null);
    }

    /// <summary>The grain key of <paramref name="citizenId"/>'s appointments for <paramref name="matter"/> at <paramref name="node"/>.</summary>
    public string HolderOf(DivisionCode node, string matter, string citizenId) =>
        Convert.ToHexStringLower(keys.Hash($"appointment:{node}:{matter}:{citizenId}"));

    /// <summary>Why <paramref name="slot"/> of <paramref name="date"/> cannot be booked now, or null when it can.</summary>
    public string? DayProblem(DateOnly date, AppointmentSlot slot)
    {
        var now = time.GetUtcNow();
        var today = HallClock.Today(now);
        var current = calendar.Current;
        if (HallClock.Start(date, slot) <= now)
        {
            return date < today
                ? $"{date:yyyy-MM-dd} is past; book a day from today ({today:yyyy-MM-dd}) on."
                : $"The slot {slot.Text} of today has begun; book a later one.";
        }

        if (date > today.AddDays(schedules.BookingDays))
        {
            return $"{date:yyyy-MM-dd} is further ahead than the {schedules.BookingDays} days this hall books; book a day up to {today.AddDays(schedules.BookingDays):yyyy-MM-dd}.";
        }

        if (!current.HasNotice(date.Year))
        {
            return $"The State Council's holiday notice for {date.Year} is not loaded, so the hub cannot tell whether {date:yyyy-MM-dd} is a working day; book a day of {today.Year}, or load the notice.";
        }

        if (!current.IsWorkingDay(date))
        {
            var holiday = current.NoticeFor(date.Year)!.Holidays.FirstOrDefault(h => h.From <= date && date <= h.To);
            return holiday is null
                ? $"{date:yyyy-MM-dd} is a {date.DayOfWeek}, no working day; halls take appointments on working days only."
                : $"{date:yyyy-MM-dd} is a public holiday ({holiday.Name}, {holiday.From:yyyy-MM-dd} to {holiday.To:yyyy-MM-dd}); halls take appointments on working days only.";
        }

        return null;
    }

    /// <summary>The hall of <paramref name="text"/>: a node of the registry that has a hall (a province's code is its online hall, with none).</summary>
    public DivisionCode? ReadHall(string? text, string field, InputErrors errors)
    {
        if (!DivisionCode.TryParse(text, out var code, out var error))
        {
            errors.Add(field, error);
            return null;
        }

        if (!registry.Contains(code))
        {
            errors.Add(field, $"{code} is no service node of the registry.");
            return null;
        }

        if (code.Level == DivisionLevel.Province)
        {
            errors.Add(field, $"{code} is a province's online hall, which has no hall to come to; book at a county, town or village node.");
            return null;
        }

        return code;
    }

    /// <summary>The matter of <paramref name="text"/>, one handled at a window (not only online).</summary>
    public Matter? ReadMatter(string? text, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text) || !catalogue.TryGet(text.Trim(), out var matter))
        {
            errors.Add(field, $"'{text}' is no matter of the catalogue; GET /api/matters lists them.");
            return null;
        }

        if (!matter.Allows(HandlingMode.ProxyReceipt) && !matter.Allows(HandlingMode.JointHandling))
        {
            errors.Add(field, $"{matter.Code} {matter.Name} is handled only online (FullyOnline); there is nothing to come to a hall for.");
            return null;
        }

        return matter;
    }

    /// <summary>The citizen ID of <paramref name="text"/>, its check character verified.</summary>
    public static string? ReadCitizenId(string? text, string field, InputErrors errors)
    {
        if (!CitizenId.TryParse(text, out var id, out var error))
        {
            errors.Add(field, $"{error} Real-name booking and queueing take a citizen ID that passes its check.");
            return null;
        }

        return id.Value;
    }

    private static (string? Phone, NotifyBy Notify) ReadContact(BookingApplicant? applicant, InputErrors errors)
    {
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(applicant?.Phone))
        {
            phone = MobileNumber.Parse(applicant.Phone, out var problem);
            if (phone is null)
            {
                errors.Add("applicant.phone", $"This is no mainland mobile number: {problem}. Ask the applicant for it again, or leave phone out.");
            }
        }

        NotifyBy? notify = null;
        if (!string.IsNullOrWhiteSpace(applicant?.Notify))
        {
            if (Enum.TryParse<NotifyBy>(applicant.Notify, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                notify = parsed;
            }
            else
            {
                errors.Add("applicant.notify", $"'{applicant.Notify}' is none of Sms, App, None.");
            }
        }

        if (notify is NotifyBy.Sms or NotifyBy.App && phone is null && string.IsNullOrWhiteSpace(applicant?.Phone))
        {
            errors.Add("applicant.notify", $"{notify} needs the applicant's mobile number: give it in applicant.phone, or set notify to None.");
        }

        return (phone, phone is null ? NotifyBy.None : notify ?? NotifyBy.Sms);
    }
}
