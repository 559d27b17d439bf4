namespace Hub.Calendars;

/// <summary>Where the holiday calendar's year files are and how often cluster silos look for notices loaded at another silo, bound from <c>Hub:Calendar</c>.</summary>
public sealed class CalendarOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Calendar";

    /// <summary>
    /// The folder of the year files (<c>cn-2026.json</c> …) that start-up and <c>POST /ops/calendar/reload</c> read.
    /// Default null: <c>data/calendar</c> beside the application, as shipped. A relative path is taken from the working directory.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Cluster mode: how often each silo reads the notices stored in the database. Default 1 minute.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The folder in use: <see cref="Folder"/> as a full path, or the shipped one.</summary>
    public string FolderPath => Folder is { Length: > 0 } folder ? Path.GetFullPath(folder) : CalendarSettings.DefaultFolder;
}
