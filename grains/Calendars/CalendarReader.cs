using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Calendars;

/// <summary>Reads and validates one year file entry by entry, so that any error names the file, the entry and the field at fault.</summary>
internal static partial class CalendarReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static YearNotice Read(CalendarFile file)
    {
        var name = file.Name;
        var match = YearInName().Match(name);
        if (!match.Success)
        {
            throw new CalendarException(name, "the name carries no year; name each file after the year of its notice, such as cn-2027.json.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Content, Options);
        }
        catch (JsonException ex)
        {
            throw new CalendarException(name, $"is not valid JSON at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CalendarException(name, "the top level must be an object with year, notice, source, holidays and workdays.");
            }

            var top = new CalendarEntry(name, "the file", document.RootElement, "year", "notice", "source", "holidays", "workdays");
            var year = top.Int("year");
            var named = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year != named)
            {
                throw top.At("year", $"is {year}, but the file is named for {named}; one file holds one year's notice, named after it.");
            }

            var holidays = Holidays(name, year, top.List("holidays"));
            var workdays = Workdays(name, year, top.List("workdays"), holidays);
            return new YearNotice(year, top.Text("notice"), top.Text("source"), name, holidays, workdays);
        }
    }

    private static List<Holiday> Holidays(string file, int year, IReadOnlyList<JsonElement> elements)
    {
        var holidays = new List<(Holiday Holiday, CalendarEntry Entry)>();
        for (var i = 0; i < elements.Count; i++)
        {
            var entry = new CalendarEntry(file, CalendarEntry.NameOf(elements[i], "holiday", "name", i), elements[i], "name", "from", "to");
            var holiday = new Holiday(entry.Text("name"), entry.Date("from"), entry.Date("to"));
            if (holiday.To < holiday.From)
            {
                throw entry.At("to", $"{holiday.To:yyyy-MM-dd} is before 'from' {holiday.From:yyyy-MM-dd}; 'to' is the holiday's last day, 'from' its first.");
            }

            if (holiday.To.Year != year)
            {
                throw entry.At("to", $"{holiday.To:yyyy-MM-dd} is not in {year}, the year of this file; each year's holidays go in that year's file.");
            }

            if (!InYear(holiday.From, year))
            {
                throw entry.At("from", $"{holiday.From:yyyy-MM-dd} is not in {year}, the year of this file (only a New Year's holiday may begin in the December before).");
            }

            holidays.Add((holiday, entry));
        }

        var byStart = holidays.OrderBy(h => h.Holiday.From).ToList();
        for (var i = 1; i < byStart.Count; i++)
        {
            var (earlier, later) = (byStart[i - 1].Holiday, byStart[i].Holiday);
            if (later.From <= earlier.To)
            {
                throw byStart[i].Entry.At("from", $"{later.From:yyyy-MM-dd} to {later.To:yyyy-MM-dd} overlaps holiday '{earlier.Name}' ({earlier.From:yyyy-MM-dd} to {earlier.To:yyyy-MM-dd}); each day off belongs to one holiday.");
            }
        }

        return holidays.ConvertAll(h => h.Holiday);
    }

    private static List<MakeUpDay> Workdays(string file, int year, IReadOnlyList<JsonElement> elements, List<Holiday> holidays)
    {
        var workdays = new List<MakeUpDay>();
        for (var i = 0; i < elements.Count; i++)
        {
            var entry = new CalendarEntry(file, CalendarEntry.NameOf(elements[i], "workday", "date", i), elements[i], "date", "for");
            var workday = new MakeUpDay(entry.Date("date"), entry.Text("for"));
            if (!InYear(workday.Date, year))
            {
                throw entry.At("date", $"{workday.Date:yyyy-MM-dd} is not in {year}, the year of this file (only a New Year's make-up day may fall in the December before).");
            }

            if (workday.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw entry.At("date", $"{workday.Date:yyyy-MM-dd} is a {workday.Date.DayOfWeek}; a make-up working day (调休) is a Saturday or Sunday, since a weekday is a working day already.");
            }

            if (holidays.Find(h => h.From <= workday.Date && workday.Date <= h.To) is { } inside)
            {
                throw entry.At("date", $"{workday.Date:yyyy-MM-dd} lies inside holiday '{inside.Name}' ({inside.From:yyyy-MM-dd} to {inside.To:yyyy-MM-dd}); a day is either off or a make-up working day.");
            }

            if (workdays.Exists(w => w.Date == workday.Date))
            {
                throw entry.At("date", $"{workday.Date:yyyy-MM-dd} is listed twice; list each make-up working day once.");
            }

            if (!holidays.Exists(h => h.Name == workday.For))
            {
                throw entry.At("for", $"'{workday.For}' names no holiday of this file; use one of {string.Join(", ", holidays.Select(h => $"'{h.Name}'"))}.");
            }

            workdays.Add(workday);
        }

        return workdays;
    }

    // A New Year's holiday may start, and its make-up day fall, in the last days of the year before (2024's 元旦 was 2023-12-30 to 2024-01-01).
    private static bool InYear(DateOnly date, int year) => date.Year == year || (date.Year == year - 1 && date.Month == 12);

    [GeneratedRegex(@"(?<![0-9])(?<year>[0-9]{4})\.json$")]
    private static partial Regex YearInName();
}
