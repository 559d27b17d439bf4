using Hub.Calendars;

namespace Hub.Ops;

/// <summary>
/// <c>POST /ops/calendar/reload</c>: puts in force the year files now in the calendar folder (in cluster mode through the
/// database, for every silo), or refuses a bad one naming its file and entry and keeps the calendar in force.
/// </summary>
public static class CalendarReload
{
    public static async Task<IResult> Handle(CalendarLoader loader, CancellationToken cancellationToken)
    {
        try
        {
            var loaded = await loader.ReloadAsync(cancellationToken);
            return Results.Ok(new CalendarReloadResponse(
                [.. loaded.Notices.Select(n => new LoadedNotice(n.Year, n.File, n.Notice))], loaded.Fingerprint, loader.Shared));
        }
        catch (CalendarException ex)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "A calendar file is wrong; the calendar in force is unchanged",
                detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["file"] = ex.File, ["entry"] = ex.Entry, ["field"] = ex.Field });
        }
    }
}

/// <summary>The notices in force after a reload; <see cref="SharedThroughDatabase"/> in cluster mode, where the other silos pick them up.</summary>
public sealed record CalendarReloadResponse(IReadOnlyList<LoadedNotice> Notices, string Fingerprint, bool SharedThroughDatabase);

/// <summary>A year's notice in force, and the file it came from.</summary>
public sealed record LoadedNotice(int Year, string File, string Notice);
