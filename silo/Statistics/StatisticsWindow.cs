using System.Globalization;
using Hub.Api;
using Hub.Calendars;

namespace Hub.Statistics;

/// <summary>The days a statistics read covers, from the query's <c>from</c> and <c>to</c> (both included, China's calendar).</summary>
public readonly record struct StatisticsWindow(DateOnly From, DateOnly To)
{
    /// <summary>The longest window read at once, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>From the first of this month to today, by China's date: the window a read without from and to covers.</summary>
    public static StatisticsWindow ThisMonth(DateTimeOffset now)
    {
        var today = WorkingDays.ChinaDate(now);
        return new StatisticsWindow(new DateOnly(today.Year, today.Month, 1), today);
    }

    /// <summary>
    /// The window of <paramref name="from"/> and <paramref name="to"/> (<c>yyyy-MM-dd</c>); without <c>to</c>, today; without
    /// <c>from</c>, the first of <c>to</c>'s month. Null, with the fields at fault in <paramref name="errors"/>, when they do not make one.
    /// </summary>
    public static StatisticsWindow? Parse(string? from, string? to, DateTimeOffset now, InputErrors errors)
    {
        var end = Day(to, "to", WorkingDays.ChinaDate(now), errors);
        var start = Day(from, "from", end is { } e ? new DateOnly(e.Year, e.Month, 1) : default, errors);
        if (start is not { } s || end is not { } t)
        {
            return null;
        }

        if (t < s)
        {
            errors.Add("to", $"{t:yyyy-MM-dd} is before from={s:yyyy-MM-dd}; give a 'to' on or after 'from'.");
            return null;
        }

        if (t.DayNumber - s.DayNumber + 1 > MaxDays)
        {
            errors.Add("from", $"The window {s:yyyy-MM-dd} to {t:yyyy-MM-dd} is longer than {MaxDays} days; read it a year at a time.");
            return null;
        }

        return new StatisticsWindow(s, t);
    }

    private static DateOnly? Day(string? text, string field, DateOnly fallback, InputErrors errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, $"'{text}' is not a date; give it as yyyy-MM-dd, e.g. {field}=2026-11-01.");
        return null;
    }
}
