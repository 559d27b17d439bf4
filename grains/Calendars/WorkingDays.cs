namespace Hub.Calendars;

/// <summary>
/// Counts time limits in working days (工作日) as the service regulations do: the day a case is received
/// does not count, Saturdays and Sundays are skipped. Public holidays and make-up working days come
/// with the holiday calendar.
/// </summary>
public static class WorkingDays
{
    /// <summary>The China Standard Time offset in which deadlines are reckoned.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China of an instant.</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    /// <summary>The date on which a limit of <paramref name="days"/> working days, counted from the day after <paramref name="start"/>, runs out.</summary>
    public static DateOnly Add(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>The working days after <paramref name="after"/> up to and including <paramref name="through"/>; zero when through is not later.</summary>
    public static int Between(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var date = after.AddDays(1); date <= through; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
