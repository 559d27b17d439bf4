using Microsoft.Extensions.Options;

namespace Hub.Calendars;

/// <summary>
/// Cluster mode: loads the calendar before the silo starts (the database's notices over the folder's; a bad one stops
/// start-up naming its file and entry), then every <see cref="CalendarOptions.RefreshInterval"/> picks up the notices
/// an operator loaded at another silo.
/// </summary>
public sealed partial class CalendarRefresher(
    CalendarLoader loader,
    IOptions<CalendarOptions> options,
    TimeProvider time,
    ILogger<CalendarRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await loader.LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await loader.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRefreshFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the holiday notices from the database failed; the calendar in force stays, and the next refresh tries again")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
