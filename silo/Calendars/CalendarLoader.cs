using Microsoft.Extensions.Options;

namespace Hub.Calendars;

/// <summary>
/// Loads the year files into the silo's <see cref="HolidayCalendar"/>: from the folder (<see cref="CalendarOptions.Folder"/>)
/// and, in cluster mode, from the database, whose notices win over the folder's of the same year. A reload validates
/// everything before it replaces anything, so a bad file leaves the calendar in force.
/// </summary>
public sealed partial class CalendarLoader(
    HolidayCalendar calendar,
    IOptions<CalendarOptions> options,
    CalendarStore? store,
    ILogger<CalendarLoader> logger)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private IReadOnlyList<CalendarFile> _files = [];

    /// <summary>Whether the notices are shared through the database (cluster mode).</summary>
    public bool Shared => store is not null;

    /// <summary>Start-up: the folder's files, then in cluster mode the database's over them.</summary>
    /// <exception cref="CalendarException">A file, or a stored notice, is wrong.</exception>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            _files = CalendarFile.ReadFolder(options.Value.FolderPath);
            var stored = store is null ? [] : await store.ReadAsync(cancellationToken);
            Put(WorkingCalendar.From(_files, stored), "start-up");
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>
    /// <c>POST /ops/calendar/reload</c>: reads the folder again, validates it and puts it in force; in cluster mode stores
    /// its notices in the database first, for the other silos to pick up.
    /// </summary>
    /// <exception cref="CalendarException">A file is wrong; nothing was stored or replaced.</exception>
    public async Task<WorkingCalendar> ReloadAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var files = CalendarFile.ReadFolder(options.Value.FolderPath);
            var loaded = WorkingCalendar.From(files);
            IReadOnlyList<CalendarFile> stored = [];
            if (store is not null)
            {
                await store.SaveAsync(loaded.Notices, files, cancellationToken);
                stored = await store.ReadAsync(cancellationToken);
            }

            var next = WorkingCalendar.From(files, [.. stored]);
            _files = files;
            Put(next, "reload");
            return next;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Cluster mode, every <see cref="CalendarOptions.RefreshInterval"/>: puts in force what the database now holds, if it changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return;
        }

        await _turn.WaitAsync(cancellationToken);
        try
        {
            var next = WorkingCalendar.From(_files, [.. await store.ReadAsync(cancellationToken)]);
            if (next.Fingerprint != calendar.Current.Fingerprint)
            {
                Put(next, "the database");
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    private void Put(WorkingCalendar next, string from)
    {
        calendar.Replace(next);
        LogLoaded(logger, string.Join(", ", next.Notices.Select(n => n.Year)), from, next.Fingerprint);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Holiday calendar in force from {From}: notices for {Years} ({Fingerprint})")]
    private static partial void LogLoaded(ILogger logger, string years, string from, string fingerprint);
}
