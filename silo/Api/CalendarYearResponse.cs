using Hub.Calendars;

namespace Hub.Api;

/// <summary>
/// One year of the calendar: its public holidays (<see cref="DaysOff"/>, weekends aside) and make-up working days, from
/// its notice; a year whose notice is not loaded has neither, counts weekends alone and says so in <see cref="Note"/>.
/// </summary>
public sealed record CalendarYearResponse(
    int Year,
    bool NoticeLoaded,
    string? Notice,
    string? Source,
    IReadOnlyList<HolidayResponse> DaysOff,
    IReadOnlyList<MakeUpDay> MakeUpWorkingDays,
    string? Note)
{
    public static CalendarYearResponse From(int year, YearNotice? notice) => notice is null
        ? new(year, false, null, null, [], [],
            $"No holiday notice for {year} is loaded: only Saturdays and Sundays are days off, and a deadline counted through {year} is provisional until an operator loads the notice.")
        : new(year, true, notice.Notice, notice.Source,
            [.. notice.Holidays.Select(h => new HolidayResponse(h.Name, h.From, h.To, h.To.DayNumber - h.From.DayNumber + 1))],
            notice.Workdays, null);
}

/// <summary>A public holiday: every day from <see cref="From"/> to <see cref="To"/> (both included, <see cref="Days"/> in all) is off.</summary>
public sealed record HolidayResponse(string Name, DateOnly From, DateOnly To, int Days);
