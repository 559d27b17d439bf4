using System.Globalization;
using Hub.Calendars;

namespace Hub.Api;

/// <summary>The window API for the working-day calendar, so that a window or a department can tell an applicant when to come back.</summary>
public static class CalendarEndpoints
{
    private const int FirstYear = 1900;
    private const int LastYear = 2999;
    private const int MostWorkingDays = 1000;

    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Calendar");
        calendar.MapGet("/add", Add).WithSummary("The day a number of working days after a date runs out, and whether it is provisional.")
            .Produces<WorkingDateResponse>().ProducesValidationProblem();
        calendar.MapGet("/{year}", Year).WithSummary("A year's public holidays and make-up working days, and whether its notice is loaded.")
            .Produces<CalendarYearResponse>().ProducesValidationProblem();
        return api;
    }

    private static IResult Add(string? from, string? workingDays, HolidayCalendar calendar)
    {
        var errors = new InputErrors();
        var start = default(DateOnly);
        if (string.IsNullOrEmpty(from))
        {
            errors.Add("from", "Required: the day to count from, as yyyy-MM-dd (from=2026-09-30); the count starts the day after.");
        }
        else if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
            || start.Year is < FirstYear or > LastYear)
        {
            errors.Add("from", $"'{from}' is not a date from {FirstYear} to {LastYear}; write it as yyyy-MM-dd, such as from=2026-09-30.");
        }

        var days = 0;
        if (string.IsNullOrEmpty(workingDays))
        {
            errors.Add("workingDays", "Required: how many working days to count, a whole number from 0 to 1000 (workingDays=3).");
        }
        else if (!int.TryParse(workingDays, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > MostWorkingDays)
        {
            errors.Add("workingDays", $"'{workingDays}' is not a whole number of working days from 0 to {MostWorkingDays}; send one such as workingDays=3.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var current = calendar.Current;
        var due = current.Add(start, days);
        var missing = days == 0 ? [] : Enumerable.Range(start.AddDays(1).Year, due.Date.Year - start.AddDays(1).Year + 1).Where(y => !current.HasNotice(y)).ToArray();
        return Results.Ok(new WorkingDateResponse(due.Date, due.Provisional, start, days, missing));
    }

    private static IResult Year(string year, HolidayCalendar calendar)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < FirstYear or > LastYear)
        {
            return InputErrors.Single("year", $"'{year}' is not a year from {FirstYear} to {LastYear}; ask for one such as /api/calendar/2026.");
        }

        return Results.Ok(CalendarYearResponse.From(number, calendar.Current.NoticeFor(number)));
    }
}
