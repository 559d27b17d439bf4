namespace Hub.Calendars;

/// <summary>
/// The silo's working-day calendar: every deadline is computed with <see cref="Current"/>, which a reload replaces as a
/// whole, so a computation sees one calendar throughout.
/// </summary>
public sealed class HolidayCalendar(WorkingCalendar initial)
{
    private WorkingCalendar _current = initial;

    /// <summary>The calendar now in force.</summary>
    public WorkingCalendar Current => Volatile.Read(ref _current);

    /// <summary>Puts <paramref name="next"/> in force; returns the calendar it replaced.</summary>
    public WorkingCalendar Replace(WorkingCalendar next) => Interlocked.Exchange(ref _current, next ?? throw new ArgumentNullException(nameof(next)));
}
