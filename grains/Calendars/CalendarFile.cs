namespace Hub.Calendars;

/// <summary>A year file of the calendar by name and content, as read from the data folder or from the database.</summary>
public sealed record CalendarFile(string Name, string Content)
{
    /// <summary>Every <c>*.json</c> file of <paramref name="folder"/>, by name.</summary>
    /// <exception cref="CalendarException">The folder does not exist.</exception>
    public static IReadOnlyList<CalendarFile> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CalendarException(folder, $"the calendar folder is missing; it ships with Hub.Grains as data/calendar, or set {CalendarSettings.FolderKey} to a folder holding the year files.");
        }

        return [.. Directory.EnumerateFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new CalendarFile(Path.GetFileName(path), File.ReadAllText(path)))];
    }
}
