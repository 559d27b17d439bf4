namespace Hub.Calendars;

/// <summary>
/// Raised when a year file of the calendar is wrong; names the file, the entry, the field and what is wrong. An
/// <see cref="InvalidOperationException"/>, so that at start-up the host prints the message as a configuration error.
/// </summary>
public sealed class CalendarException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="field"/> of <paramref name="entry"/> in <paramref name="file"/>.</summary>
    public CalendarException(string file, string entry, string field, string problem, Exception? inner = null)
        : base($"{file}: {entry}, field '{field}': {problem}", inner)
    {
        File = file;
        Entry = entry;
        Field = field;
    }

    /// <summary>Creates the exception for a problem with <paramref name="file"/> as a whole.</summary>
    public CalendarException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        File = file;
        Entry = string.Empty;
        Field = string.Empty;
    }

    /// <summary>The file at fault, e.g. <c>cn-2027.json</c>.</summary>
    public string File { get; }

    /// <summary>The entry at fault, e.g. <c>holiday '春节'</c>, <c>holiday #3</c> or <c>workday '2026-02-14'</c>; empty for a problem with the whole file.</summary>
    public string Entry { get; }

    /// <summary>The JSON field at fault, e.g. <c>to</c>; empty for a problem with the whole file.</summary>
    public string Field { get; }
}
