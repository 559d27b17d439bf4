namespace Hub.Calendars;

/// <summary>
/// The day in China on which time limits are reckoned. The working days themselves, with the public holidays and the
/// make-up working days, are the <see cref="WorkingCalendar"/>'s.
/// </summary>
public static class WorkingDays
{
    /// <summary>The China Standard Time offset in which deadlines are reckoned.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China of an instant.</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);
}
