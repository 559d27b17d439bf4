namespace Hub.Calendars;

/// <summary>One year's holiday notice of the State Council (国务院办公厅关于部分节假日安排的通知), validated, as read from <see cref="File"/>.</summary>
public sealed record YearNotice(
    int Year,
    string Notice,
    string Source,
    string File,
    IReadOnlyList<Holiday> Holidays,
    IReadOnlyList<MakeUpDay> Workdays);
