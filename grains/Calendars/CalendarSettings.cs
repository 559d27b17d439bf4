namespace Hub.Calendars;

/// <summary>The configuration keys the calendar's errors name; the options themselves are bound by the silo.</summary>
public static class CalendarSettings
{
    /// <summary>The folder of the year files (default: <c>data/calendar</c> beside the application).</summary>
    public const string FolderKey = "Hub:Calendar:Folder";

    /// <summary>The folder of the year files shipped with Hub.Grains.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "data", "calendar");
}
