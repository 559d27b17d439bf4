using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Calendars;

/// <summary>
/// China's working days (DESIGN §5): Monday to Friday, less the public holidays, plus the make-up working days (调休) of
/// the State Council's yearly notices. Immutable once built and safe to share between threads; a reload builds a new one.
/// A year with no notice counts weekends alone, and a date reckoned through it is provisional.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly FrozenDictionary<int, YearNotice> _notices;
    private readonly FrozenSet<DateOnly> _daysOff;
    private readonly FrozenSet<DateOnly> _workdays;

    private WorkingCalendar(IReadOnlyList<YearNotice> notices, string fingerprint)
    {
        Notices = notices;
        Fingerprint = fingerprint;
        _notices = notices.ToFrozenDictionary(n => n.Year);
        _daysOff = notices.SelectMany(n => n.Holidays).SelectMany(h => h.Days()).ToFrozenSet();
        _workdays = notices.SelectMany(n => n.Workdays).Select(w => w.Date).ToFrozenSet();
    }

    /// <summary>A calendar with no notice: weekends alone, every date provisional.</summary>
    public static WorkingCalendar Empty { get; } = new([], Hash([]));

    /// <summary>The notices loaded, by year.</summary>
    public IReadOnlyList<YearNotice> Notices { get; }

    /// <summary>A digest of the files the calendar was built from: equal for equal files, so a silo can tell a change.</summary>
    public string Fingerprint { get; }

    /// <summary>Builds the calendar from year files, validating each and all together.</summary>
    /// <exception cref="CalendarException">A file or an entry is wrong; the message names the file, the entry, the field and what is wrong.</exception>
    public static WorkingCalendar From(IEnumerable<CalendarFile> files)
    {
        var ordered = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var notices = new List<YearNotice>();
        var taken = new Dictionary<DateOnly, (string File, string What)>();
        foreach (var file in ordered)
        {
            var notice = CalendarReader.Read(file);
            if (notices.Find(n => n.Year == notice.Year) is { } twin)
            {
                throw new CalendarException(file.Name, $"holds the notice for {notice.Year}, as {twin.File} does; keep one file per year.");
            }

            // A notice may reach into the December before, which the year before's own notice also covers.
            var days = notice.Holidays.SelectMany(h => h.Days().Select(d => (Day: d, What: $"holiday '{h.Name}'")))
                .Concat(notice.Workdays.Select(w => (Day: w.Date, What: $"workday '{w.Date:yyyy-MM-dd}'")));
            foreach (var (day, what) in days)
            {
                if (!taken.TryAdd(day, (file.Name, what)))
                {
                    var other = taken[day];
                    throw new CalendarException(file.Name, what, what.StartsWith("holiday", StringComparison.Ordinal) ? "from" : "date", $"{day:yyyy-MM-dd} is also {other.What} of {other.File}; a day belongs to one notice.");
                }
            }

            notices.Add(notice);
        }

        return new WorkingCalendar([.. notices.OrderBy(n => n.Year)], Hash(ordered));
    }

    /// <summary>Builds the calendar from <paramref name="preferred"/> and those of <paramref name="files"/> whose year it lacks.</summary>
    /// <exception cref="CalendarException">A file or an entry is wrong.</exception>
    public static WorkingCalendar From(IEnumerable<CalendarFile> files, IReadOnlyCollection<CalendarFile> preferred)
    {
        var years = preferred.Select(f => CalendarReader.Read(f).Year).ToHashSet();
        return From([.. preferred, .. files.Where(f => !years.Contains(CalendarReader.Read(f).Year))]);
    }

    /// <summary>Builds the calendar from the year files (<c>*.json</c>) of <paramref name="folder"/>.</summary>
    /// <exception cref="CalendarException">The folder is missing, or a file or an entry is wrong.</exception>
    public static WorkingCalendar Load(string folder) => From(CalendarFile.ReadFolder(folder));

    /// <summary>Whether the notice for <paramref name="year"/> is loaded.</summary>
    public bool HasNotice(int year) => _notices.ContainsKey(year);

    /// <summary>The notice for <paramref name="year"/>, or null when none is loaded.</summary>
    public YearNotice? NoticeFor(int year) => _notices.GetValueOrDefault(year);

    /// <summary>Whether <paramref name="date"/> is a working day: a make-up working day, or a weekday that is no holiday.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _workdays.Contains(date) || (!_daysOff.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>
    /// The day on which <paramref name="workingDays"/> working days, counted from the day after <paramref name="start"/>,
    /// run out; provisional when any day counted lies in a year with no notice.
    /// </summary>
    public WorkingDate Add(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var provisional = false;
        for (var left = workingDays; left > 0;)
        {
            date = date.AddDays(1);
            provisional |= !HasNotice(date.Year);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return new WorkingDate(date, provisional);
    }

    /// <summary>The working days after <paramref name="after"/> up to and including <paramref name="through"/>; 0 when <paramref name="through"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly through)
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

    private static string Hash(IEnumerable<CalendarFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\0{file.Content}\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
