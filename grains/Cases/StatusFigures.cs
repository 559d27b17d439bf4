using Hub.Calendars;
using Hub.Messages;

namespace Hub.Cases;

/// <summary>
/// The figures a status change carries for statistics (<see cref="CaseFigures"/>), computed from the case's own
/// state: where its deadlines, as supplements and extensions moved them, and its decision and rating live.
/// </summary>
public static class StatusFigures
{
    public static CaseFigures Of(CaseState state)
    {
        var s = state.Submission!;
        var received = WorkingDays.ChinaDate(s.SubmittedAt);
        var departments = state.Tasks.Select(t => t.Department).Distinct().ToArray();
        DateOnly? decided = state.DecidedAt is { } at ? WorkingDays.ChinaDate(at) : null;
        var rated = state.Rating is null ? null : state.Timeline.FindLast(t => t.Action == "rated")?.At;
        return new CaseFigures(
            departments, received, state.CommittedDeadline, state.StatutoryDeadline, decided,
            decided is { } d1 ? d1 <= state.CommittedDeadline : null, decided is { } d2 ? d2 <= state.StatutoryDeadline : null,
            decided is { } day ? WorkingDaysToDecide(state, received, day) : null,
            state.Rating, rated is { } r ? WorkingDays.ChinaDate(r) : null);
    }

    // The working days the clock ran, by the calendar the case reckons by: less the days it stood for supplements (and a
    // decision while one is still awaited stops the clock where it stood).
    private static int WorkingDaysToDecide(CaseState state, DateOnly received, DateOnly decided)
    {
        var calendar = state.Calendar;
        var stopped = state.ClockStoppedOn is { } on ? calendar.WorkingDaysBetween(on, decided) : 0;
        return Math.Max(0, calendar.WorkingDaysBetween(received, decided) - state.StoodDays - stopped);
    }
}
