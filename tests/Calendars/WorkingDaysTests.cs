using Hub.Calendars;

namespace Hub.Tests.Calendars;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday + 1: Monday
    [InlineData("2026-11-20", 5, "2026-11-27")] // Friday + 5: next Friday
    [InlineData("2026-11-21", 5, "2026-11-27")] // Saturday + 5: Friday
    [InlineData("2026-11-22", 10, "2026-12-04")] // Sunday + 10: Friday a fortnight on
    [InlineData("2026-11-18", 2, "2026-11-20")] // Wednesday + 2: Friday
    [InlineData("2026-11-18", 3, "2026-11-23")] // Wednesday + 3: over the weekend
    [InlineData("2026-11-18", 0, "2026-11-18")]
    public void Add_SkipsWeekends(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingDays.Add(DateOnly.Parse(start), days));

    [Fact]
    public void ChinaDate_OfALateUtcEvening_IsTheNextDay() =>
        Assert.Equal(new DateOnly(2026, 11, 23), WorkingDays.ChinaDate(new DateTimeOffset(2026, 11, 22, 17, 30, 0, TimeSpan.Zero)));
}
