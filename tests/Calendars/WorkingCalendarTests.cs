using Hub.Calendars;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Calendars;

public sealed class WorkingCalendarTests
{
    // The worked examples of data/calendar/README.md, and the notices' other turns.
    [Theory]
    [InlineData("2026-09-30", 3, "2026-10-10")] // 10-01..10-07 off; 10-08, 10-09, then make-up Saturday 10-10
    [InlineData("2026-02-13", 1, "2026-02-14")] // a make-up Saturday
    [InlineData("2026-02-14", 1, "2026-02-24")] // over the Spring Festival, 02-15..02-23
    [InlineData("2025-09-26", 1, "2025-09-28")] // a make-up Sunday
    [InlineData("2025-09-29", 2, "2025-10-09")] // 09-30, then 10-09 after the holiday
    [InlineData("2025-12-31", 1, "2026-01-04")] // 元旦 2026-01-01..01-03 off, then make-up Sunday 01-04
    [InlineData("2026-11-20", 5, "2026-11-27")] // no holiday: weekends alone
    [InlineData("2026-11-18", 0, "2026-11-18")]
    public void Add_WithTheShippedNotices_CountsHolidaysAndMakeUpDays(string start, int days, string expected) =>
        Assert.Equal(new WorkingDate(DateOnly.Parse(expected), false), ShippedCalendar.Add(DateOnly.Parse(start), days));

    [Theory]
    [InlineData("2026-12-28", 5, "2027-01-04")] // counted into 2027, which has no notice: weekends alone
    [InlineData("2024-12-30", 1, "2024-12-31")] // 2024 has no notice either
    public void Add_ThroughAYearWithoutNotice_SkipsWeekendsAndIsProvisional(string start, int days, string expected) =>
        Assert.Equal(new WorkingDate(DateOnly.Parse(expected), true), ShippedCalendar.Add(DateOnly.Parse(start), days));

    [Fact]
    public void Add_WithNoNoticeAtAll_SkipsWeekendsOnly()
    {
        Assert.Equal(new WorkingDate(new DateOnly(2026, 10, 5), true), WorkingCalendar.Empty.Add(new DateOnly(2026, 9, 30), 3));
        Assert.Equal(new DateOnly(2026, 12, 4), WorkingCalendar.Empty.Add(new DateOnly(2026, 11, 22), 10).Date);
    }

    [Theory]
    [InlineData("2026-10-01", false)] // 国庆节
    [InlineData("2026-10-07", false)] // its last day, a Wednesday
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)] // make-up Saturday
    [InlineData("2026-10-11", false)] // an ordinary Sunday
    [InlineData("2025-01-26", true)] // make-up Sunday for 春节 2025
    [InlineData("2026-11-23", true)] // an ordinary Monday
    public void IsWorkingDay_FollowsTheNotice(string date, bool working) =>
        Assert.Equal(working, ShippedCalendar.IsWorkingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-09-30", "2026-10-10", 3)] // (09-30, 10-10]: 10-08, 10-09, 10-10
    [InlineData("2026-09-30", "2026-10-07", 0)]
    [InlineData("2026-10-10", "2026-09-30", 0)]
    [InlineData("2026-02-13", "2026-02-24", 2)] // 02-14 and 02-24
    public void WorkingDaysBetween_CountsAfterTheFirstThroughTheLast(string after, string through, int expected) =>
        Assert.Equal(expected, ShippedCalendar.WorkingDaysBetween(DateOnly.Parse(after), DateOnly.Parse(through)));

    [Fact]
    public void HasNotice_ForTheShippedYearsOnly() =>
        Assert.Equal([false, true, true, false], new[] { 2024, 2025, 2026, 2027 }.Select(ShippedCalendar.HasNotice));

    [Fact]
    public void Fingerprint_IsTheSameForTheSameFiles_AndDiffersForOthers()
    {
        var again = WorkingCalendar.Load(CalendarSettings.DefaultFolder);

        Assert.Equal(ShippedCalendar.Fingerprint, again.Fingerprint);
        Assert.NotEqual(ShippedCalendar.Fingerprint, WorkingCalendar.Empty.Fingerprint);
    }

    [Fact]
    public void ChinaDate_OfALateUtcEvening_IsTheNextDay() =>
        Assert.Equal(new DateOnly(2026, 11, 23), WorkingDays.ChinaDate(new DateTimeOffset(2026, 11, 22, 17, 30, 0, TimeSpan.Zero)));
}
