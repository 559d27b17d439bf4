using Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Timers;

/// <summary>
/// Each silo's wake-up of the grains whose durable timer has come (<see cref="IDueState"/>): every
/// <see cref="TimerOptions.CheckInterval"/> it reads its share of the timers due by now, by the silo's own clock, and
/// calls each grain, which acts on what is due and stores its next moment (or none). A grain that fails stays due
/// and is called again at the next check. No timer waits in memory, so a million waiting cases cost one index row each.
/// </summary>
public sealed partial class DueSweeper(
    IDueIndex index,
    IEnumerable<DueOwner> owners,
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IOptions<TimerOptions> options,
    HubClock time,
    ILogger<DueSweeper> logger) : BackgroundService
{
    private readonly Dictionary<string, DueOwner> _owners = owners.ToDictionary(o => o.StateName, StringComparer.Ordinal);
    private readonly TimerOptions _settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_settings.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A check that woke as many as it may leaves more due: go on at once rather than a tick later, so a day's
                // deadlines coming due together are worked through at the rate the cases take them (bounded, so that
                // cases a skewed clock keeps answering "not yet" cannot hold the silo in a loop).
                for (var round = 0; round < 100 && await WakeAsync(stoppingToken) >= _settings.Limit; round++)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, ex);
            }
        }
    }

    /// <summary>One check; returns how many grains it woke.</summary>
    public async Task<int> WakeAsync(CancellationToken cancellationToken)
    {
        var (share, shares) = ActiveSilos.Share(membership, silo);
        if (shares == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var due = await index.DueAsync(now, now - _settings.TakeOverAfter, share, shares, _settings.Limit, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // A grain that fails is still due: the next check calls again.
        var woken = await GrainWakes.EachAsync(
            due.Where(t => _owners.ContainsKey(t.StateName)).ToArray(),
            _settings.Parallelism,
            timer => _owners[timer.StateName].Grain(grains, timer.Key).WakeDue(),
            (ex, timer) => LogWakeFailed(logger, ex, timer.StateName, timer.Key),
            cancellationToken);
        LogWoken(logger, woken, due.Count);
        return woken;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Woke {Woken} of {Due} grains whose timer had come")]
    private static partial void LogWoken(ILogger logger, int woken, int due);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the durable timers failed; the next check tries again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waking {StateName} {Key} for its timer failed; the next check tries again")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string stateName, string key);
}
