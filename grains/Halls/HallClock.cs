using Hub.Calendars;

namespace Hub.Halls;

/// <summary>A hall's day and hours are China's (UTC+8), whatever the silo's own time zone.</summary>
public static class HallClock
{
    /// <summary>Today's date in China at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(WorkingDays.ChinaOffset).DateTime);

    /// <summary>When <paramref name="slot"/> of <paramref name="date"/> begins.</summary>
    public static DateTimeOffset Start(DateOnly date, AppointmentSlot slot) => new(date.ToDateTime(slot.Start), WorkingDays.ChinaOffset);

    /// <summary>When <paramref name="slot"/> of <paramref name="date"/> ends.</summary>
    public static DateTimeOffset End(DateOnly date, AppointmentSlot slot) => new(date.ToDateTime(slot.End), WorkingDays.ChinaOffset);
}
