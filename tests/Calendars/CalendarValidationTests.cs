using Hub.Calendars;
using static Hub.Tests.Calendars.CalendarFiles;

namespace Hub.Tests.Calendars;

/// <summary>A bad year file is refused with its file, entry and field named, and what is wrong said.</summary>
public sealed class CalendarValidationTests
{
    [Theory]
    [InlineData("\"to\": \"2027-02-12\"", "\"to\": \"2027-02-30\"", "holiday '春节'", "to", "\"2027-02-30\" is not a date; write it as \"yyyy-MM-dd\"")]
    [InlineData("\"from\": \"2027-10-01\"", "\"from\": \"1 Oct 2027\"", "holiday '国庆节'", "from", "is not a date")]
    [InlineData("\"to\": \"2027-10-07\"", "\"to\": \"2027-09-07\"", "holiday '国庆节'", "to", "2027-09-07 is before 'from' 2027-10-01")]
    [InlineData("\"date\": \"2027-10-09\"", "\"date\": \"2027-10-11\"", "workday '2027-10-11'", "date", "2027-10-11 is a Monday; a make-up working day (调休) is a Saturday or Sunday")]
    [InlineData("\"date\": \"2027-01-31\"", "\"date\": \"2027-02-06\"", "workday '2027-02-06'", "date", "lies inside holiday '春节' (2027-02-06 to 2027-02-12)")]
    [InlineData("\"from\": \"2027-10-01\"", "\"from\": \"2027-02-10\"", "holiday '国庆节'", "from", "overlaps holiday '春节' (2027-02-06 to 2027-02-12)")]
    [InlineData("\"to\": \"2027-10-07\"", "\"to\": \"2028-10-07\"", "holiday '国庆节'", "to", "2028-10-07 is not in 2027, the year of this file")]
    [InlineData("\"from\": \"2027-02-06\"", "\"from\": \"2026-02-06\"", "holiday '春节'", "from", "2026-02-06 is not in 2027")]
    [InlineData("\"date\": \"2027-10-09\"", "\"date\": \"2028-10-07\"", "workday '2028-10-07'", "date", "2028-10-07 is not in 2027")]
    [InlineData("\"for\": \"国庆节\"", "\"for\": \"清明节\"", "workday '2027-10-09'", "for", "'清明节' names no holiday of this file; use one of '元旦', '春节', '国庆节'")]
    [InlineData("\"date\": \"2027-01-31\"", "\"date\": \"2027-10-09\"", "workday '2027-10-09'", "date", "is listed twice")]
    [InlineData("{ \"name\": \"元旦\",", "{ \"name\": \"元旦\", \"note\": \"x\",", "holiday '元旦'", "note", "'note' is not a known field")]
    [InlineData("{ \"name\": \"元旦\",", "{", "holiday #1", "name", "is missing")]
    [InlineData("\"year\": 2027", "\"year\": \"2027\"", "the file", "year", "\"2027\" is not a whole number")]
    [InlineData("\"year\": 2027", "\"year\": 2026", "the file", "year", "is 2026, but the file is named for 2027")]
    [InlineData("\"source\": \"https://example.test/notice-2027\",", "", "the file", "source", "is missing")]
    public void BadEntry_IsNamedWithItsFieldAndTheFix(string find, string replace, string entry, string field, string says)
    {
        Assert.Contains(find, Test2027);
        var file = new CalendarFile("cn-2027.json", Test2027.Replace(find, replace));

        var error = Assert.Throws<CalendarException>(() => WorkingCalendar.From([file]));

        Assert.Equal(("cn-2027.json", entry, field), (error.File, error.Entry, error.Field));
        Assert.StartsWith($"cn-2027.json: {entry}, field '{field}': ", error.Message);
        Assert.Contains(says, error.Message);
    }

    [Fact]
    public void FileNamedForAnotherYear_IsRefusedNamingTheFile()
    {
        var error = Assert.Throws<CalendarException>(() => WorkingCalendar.From([new CalendarFile("cn-2028.json", Test2027)]));

        Assert.Equal("cn-2028.json: the file, field 'year': is 2027, but the file is named for 2028; one file holds one year's notice, named after it.", error.Message);
    }

    [Fact]
    public void FileWithoutAYearInItsName_IsRefused()
    {
        var error = Assert.Throws<CalendarException>(() => WorkingCalendar.From([new CalendarFile("holidays.json", Test2027)]));

        Assert.Equal("holidays.json", error.File);
        Assert.Contains("name each file after the year of its notice, such as cn-2027.json", error.Message);
    }

    [Fact]
    public void FileThatIsNotJson_IsRefusedWithTheLine()
    {
        var error = Assert.Throws<CalendarException>(() => WorkingCalendar.From([new CalendarFile("cn-2027.json", "{\n  \"year\": 2027,\n  holidays: []\n}")]));

        Assert.StartsWith("cn-2027.json: is not valid JSON at line 3", error.Message);
    }

    [Fact]
    public void TwoFilesForOneYear_AreRefused()
    {
        var error = Assert.Throws<CalendarException>(() => WorkingCalendar.From(
            [new CalendarFile("cn-2027.json", Test2027), new CalendarFile("copy-2027.json", Test2027)]));

        Assert.Equal("copy-2027.json: holds the notice for 2027, as cn-2027.json does; keep one file per year.", error.Message);
    }

    [Fact]
    public void NewYearHolidayReachingIntoTheDecemberBefore_IsAccepted_UnlessThatYearsNoticeHasTheDay()
    {
        // As 2024's 元旦 was 2023-12-30 to 2024-01-01.
        var early = Test2027.Replace("\"from\": \"2027-01-01\"", "\"from\": \"2026-12-31\"");
        var calendar = WorkingCalendar.From([new CalendarFile("cn-2027.json", early)]);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 31)));

        var year2026 = """
            { "year": 2026, "notice": "测试通知", "source": "https://example.test/notice-2026",
              "holidays": [ { "name": "测试假日", "from": "2026-12-30", "to": "2026-12-31" } ], "workdays": [] }
            """;
        var error = Assert.Throws<CalendarException>(() => WorkingCalendar.From(
            [new CalendarFile("cn-2026.json", year2026), new CalendarFile("cn-2027.json", early)]));

        Assert.Equal("cn-2027.json: holiday '元旦', field 'from': 2026-12-31 is also holiday '测试假日' of cn-2026.json; a day belongs to one notice.", error.Message);
    }

    [Fact]
    public void MissingFolder_IsRefusedNamingItAndTheSetting()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"no-such-calendar-{Guid.NewGuid():N}");

        var error = Assert.Throws<CalendarException>(() => WorkingCalendar.Load(folder));

        Assert.StartsWith($"{folder}: the calendar folder is missing", error.Message);
        Assert.Contains("Hub:Calendar:Folder", error.Message);
    }

    [Fact]
    public void TestNotice_IsValid_AndItsDaysCount()
    {
        var calendar = WorkingCalendar.From([new CalendarFile("cn-2027.json", Test2027)]);

        Assert.True(calendar.HasNotice(2027));
        Assert.Equal(new WorkingDate(new DateOnly(2027, 10, 9), false), calendar.Add(new DateOnly(2027, 9, 30), 2)); // 10-08, then make-up Saturday 10-09
    }
}
